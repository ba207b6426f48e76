import { storefrontUrls } from './page-urls.js';
import { storedImagePath } from './public-url.js';

const urls = storefrontUrls(
  'https://loja.example/shopping',
  'https://management.loja.example/images',
);

describe('public image addresses', () => {
  it('when an image is a path, with or without its leading slash, then it is an address at the image base, never on the storefront origin', () => {
    expect(urls.image('/images/a/b.webp')).toBe('https://management.loja.example/images/a/b.webp');
    expect(urls.image('images/a/b.webp')).toBe('https://management.loja.example/images/a/b.webp');
    expect(urls.image('a/b.webp')).toBe('https://management.loja.example/images/a/b.webp');
    expect(urls.image('https://img.example/c.png')).toBe('https://img.example/c.png');
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
      '//images/a.webp',
      '',
    ]) {
      expect(urls.image(raw), raw).toBeUndefined();
      expect(storedImagePath(raw), raw).toBeUndefined();
    }
  });

  it('when the catalogue keeps an image, then it stays as the catalogue holds it until a page publishes it', () => {
    expect(storedImagePath(' images/a.webp ')).toBe('images/a.webp');
    expect(storedImagePath('https://img.example/c.png')).toBe('https://img.example/c.png');
  });
});
