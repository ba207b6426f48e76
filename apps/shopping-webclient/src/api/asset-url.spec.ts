import { assetUrl } from './asset-url.js';

// The tests run on a page at http://localhost:3000 (happy-dom's window).
const IMAGES = `${window.location.protocol}//management.${window.location.host}/images`;

describe('assetUrl', () => {
  it('when an image is a path of the image store, then it is fetched from the management server’s /images beside the page, not from the shopping API', () => {
    expect(assetUrl('/images/a/thumbnails/f')).toBe(`${IMAGES}/a/thumbnails/f`);
    expect(assetUrl('images/a/thumbnails/f')).toBe(`${IMAGES}/a/thumbnails/f`);
    expect(assetUrl('/images/a.webp')).not.toContain('//shopping.');
  });

  it('when an image is an absolute https address, then it is kept; javascript: and data: give no address', () => {
    expect(assetUrl('https://cdn.example/a.webp')).toBe('https://cdn.example/a.webp');
    expect(assetUrl('javascript:alert(1)')).toBeUndefined();
    expect(assetUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(assetUrl(undefined)).toBeUndefined();
  });
});
