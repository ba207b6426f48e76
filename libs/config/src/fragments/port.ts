import { integerInRange } from './integer-in-range.js';

/** A TCP/UDP port number. */
export const port = integerInRange(0, 65535, 'expected an integer between 0 and 65535');
