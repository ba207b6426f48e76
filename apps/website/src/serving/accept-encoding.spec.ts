import { preferredCoding } from './accept-encoding.js';

const BOTH = ['br', 'gzip'] as const;

describe('preferredCoding', () => {
  it.each([
    [undefined, BOTH, undefined],
    ['', BOTH, undefined],
    ['gzip, deflate, br', BOTH, 'br'],
    ['gzip', BOTH, 'gzip'],
    ['x-gzip', BOTH, 'gzip'],
    ['GZIP;Q=0.8', BOTH, 'gzip'],
    ['br;q=0.5, gzip;q=0.9', BOTH, 'gzip'],
    ['br;q=0, gzip', BOTH, 'gzip'],
    ['br;q=0, gzip;q=0', BOTH, undefined],
    ['*', BOTH, 'br'],
    ['*;q=0.5, br;q=0', BOTH, 'gzip'],
    ['deflate', BOTH, undefined],
    ['gzip;q=0.4, identity;q=0.9', BOTH, undefined],
    ['br', ['gzip'], undefined],
    ['gzip, br', [], undefined],
    ['br;q=abc, gzip;q=0.1', BOTH, 'br'],
  ] as const)(
    'when Accept-Encoding is %j and the file has %j, then it picks %j',
    (header, available, expected) => {
      expect(preferredCoding(header, available)).toBe(expected);
    },
  );
});
