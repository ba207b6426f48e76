import { publicHttpUrl, storedImagePath } from './public-url.js';

const ORIGIN = 'https://loja.example';

describe('public image addresses', () => {
  it('when an image is a path, with or without its leading slash, then it becomes an address on the storefront origin', () => {
    expect(publicHttpUrl('/images/a/b.webp', ORIGIN)).toBe('https://loja.example/images/a/b.webp');
    expect(publicHttpUrl('images/a/b.webp', ORIGIN)).toBe('https://loja.example/images/a/b.webp');
    expect(publicHttpUrl('https://img.example/c.png', ORIGIN)).toBe('https://img.example/c.png');
  });

  it('when an image is javascript:, data:, file: or a path a parser would move to another host, then it is never given out', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      '/\\evil.example/a.png',
      '\\\\evil.example/a.png',
      '',
    ]) {
      expect(publicHttpUrl(raw, ORIGIN)).toBeUndefined();
      expect(storedImagePath(raw)).toBeUndefined();
    }
  });

  it('when the catalogue keeps an image, then paths start at the root and absolute addresses stay as they are', () => {
    expect(storedImagePath('images/a.webp')).toBe('/images/a.webp');
    expect(storedImagePath('//images/a.webp')).toBeUndefined();
    expect(storedImagePath('https://img.example/c.png')).toBe('https://img.example/c.png');
  });
});
