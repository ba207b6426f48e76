import { pictureSrcset } from './picture-srcset.js';

const IMAGES = 'https://management.example/images';

describe('pictureSrcset', () => {
  it('when a picture has a thumbnail and a detailed image, then both are offered by width', () => {
    expect(pictureSrcset('/images/a/thumbnails/f', `${IMAGES}/a/detailed-images/f`, IMAGES)).toBe(
      `${IMAGES}/a/thumbnails/f 400w, ${IMAGES}/a/detailed-images/f 1200w`,
    );
  });

  it('when there is one file only, then there is no srcset and the plain src is used', () => {
    expect(pictureSrcset(undefined, `${IMAGES}/d`, IMAGES)).toBeUndefined();
    expect(pictureSrcset(`${IMAGES}/t`, undefined, IMAGES)).toBeUndefined();
    expect(pictureSrcset(`${IMAGES}/same`, `${IMAGES}/same`, IMAGES)).toBeUndefined();
  });
});
