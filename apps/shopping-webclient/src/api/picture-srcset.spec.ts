import { pictureSrcset } from './picture-srcset.js';

const API = 'https://management.example';

describe('pictureSrcset', () => {
  it('when a picture has a thumbnail and a detailed image, then both are offered by width', () => {
    expect(pictureSrcset('/images/a/thumbnails/f', `${API}/images/a/detailed-images/f`, API)).toBe(
      `${API}/images/a/thumbnails/f 400w, ${API}/images/a/detailed-images/f 1200w`,
    );
  });

  it('when there is one file only, then there is no srcset and the plain src is used', () => {
    expect(pictureSrcset(undefined, `${API}/d`, API)).toBeUndefined();
    expect(pictureSrcset(`${API}/t`, undefined, API)).toBeUndefined();
    expect(pictureSrcset(`${API}/same`, `${API}/same`, API)).toBeUndefined();
  });
});
