import { contentHash, hashedFileName, isHashedFileName } from './hashed-names.js';

describe('hashed file names', () => {
  it('when the bytes are hashed, then the result is 8 hex digits that follow the content', () => {
    expect(contentHash(Buffer.from('a'))).toMatch(/^[0-9a-f]{8}$/);
    expect(contentHash(Buffer.from('a'))).not.toBe(contentHash(Buffer.from('b')));
  });

  it('when a name is fingerprinted, then the hash goes before the extension', () => {
    expect(hashedFileName('assets/styles.css', '3f9a1c2b')).toBe('assets/styles.3f9a1c2b.css');
    expect(hashedFileName('assets/ring.logo.svg', '0011aabb')).toBe(
      'assets/ring.logo.0011aabb.svg',
    );
  });

  it.each([
    ['assets/styles.3f9a1c2b.css', true],
    ['/assets/ring.logo.0011aabb.svg', true],
    ['assets/styles.css', false],
    ['index.html', false],
    ['assets/styles.3F9A1C2B.css', false],
    ['assets/styles.3f9a1c2.css', false],
  ])('when the name is %s, then it counts as hashed: %s', (name, expected) => {
    expect(isHashedFileName(name)).toBe(expected);
  });
});
