import { join } from 'node:path';

/** Where every test leaves its screenshots (kept out of git with the rest of test-output). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-output/screenshots');
