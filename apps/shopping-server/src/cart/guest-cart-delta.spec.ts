import { additionsId, addedSince } from './guest-cart-delta.js';

const ring = 'a'.repeat(24);
const band = 'b'.repeat(24);
const line = (product: string, counts: number, size?: string) => ({
  _id: 'c'.repeat(24),
  product,
  counts,
  ...(size ? { customizations: { Size: size } } : {}),
});

describe('addedSince', () => {
  it('when units and lines were added, then only the added units come back', () => {
    const then = [line(ring, 2, '10')];
    const now = [line(ring, 3, '10'), line(ring, 1, '9'), line(band, 1)];
    expect(addedSince(now, then).map((l) => [l.product, l.customizations?.Size, l.counts])).toEqual(
      [
        [ring, '10', 1],
        [ring, '9', 1],
        [band, undefined, 1],
      ],
    );
  });

  it('when lines were lowered or removed, then nothing is added', () => {
    expect(addedSince([line(ring, 1)], [line(ring, 2), line(band, 1)])).toEqual([]);
  });
});

describe('additionsId', () => {
  it('when the same additions are named twice, then the id is the same; other additions, another id', () => {
    const added = [line(ring, 1)];
    expect(additionsId('x', added)).toBe(additionsId('x', [line(ring, 1)]));
    expect(additionsId('x', added)).not.toBe(additionsId('x', [line(ring, 2)]));
    expect(additionsId('x', added)).not.toBe(additionsId('y', added));
  });
});
