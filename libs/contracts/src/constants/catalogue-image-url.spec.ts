import { catalogueImageUrl } from './catalogue-image-url.js';

const IMAGES = 'https://management.loja.example/images';

describe('catalogueImageUrl', () => {
  it('when an image is a path of the image store, with or without /images/, then it is an address under the image base', () => {
    for (const raw of ['/images/a/b.webp', 'images/a/b.webp', 'a/b.webp', '/a/b.webp']) {
      expect(catalogueImageUrl(raw, IMAGES)).toBe(`${IMAGES}/a/b.webp`);
    }
    expect(catalogueImageUrl('/images/a.webp', `${IMAGES}/`)).toBe(`${IMAGES}/a.webp`);
    // A base published under a path prefix keeps it.
    expect(catalogueImageUrl('/images/a.webp', 'https://loja.example/gestao/images')).toBe(
      'https://loja.example/gestao/images/a.webp',
    );
  });

  it('when an image is an absolute http(s) address, then it is given as it is', () => {
    expect(catalogueImageUrl('https://img.example/c.png', IMAGES)).toBe(
      'https://img.example/c.png',
    );
    expect(catalogueImageUrl(' http://img.example/c.png ', IMAGES)).toBe(
      'http://img.example/c.png',
    );
  });

  it('when an image is javascript:, data:, file:, another host in disguise or climbs out of the store, then it is never given out', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      '//evil.example/a.png',
      '/\\evil.example/a.png',
      '\\\\evil.example/a.png',
      '../secret',
      '/images/../../x',
      '',
      '/images/',
    ]) {
      expect(catalogueImageUrl(raw, IMAGES), raw).toBeUndefined();
    }
  });
});
