import { hostileOperator, ids } from '../../test/fixtures.js';
import { objectIdListSchema, objectIdSchema } from './ids.js';

describe('object ids', () => {
  it('when an id is 24 hex characters, then it parses (normalised to lower case)', () => {
    expect(objectIdSchema.parse(ids.product)).toBe(ids.product);
    expect(objectIdSchema.parse(ids.product.toUpperCase())).toBe(ids.product);
  });

  it.each([
    ['too short', '5c46f5b0e7d0a3a1b4c2d00'],
    ['too long', '5c46f5b0e7d0a3a1b4c2d0011'],
    ['not hex', '5c46f5b0e7d0a3a1b4c2d00g'],
    ['shortened as in the docs', '5c46…'],
    ['empty', ''],
  ])('when an id is %s, then it is refused with a clear message', (_label, value) => {
    const result = objectIdSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a 24-character hexadecimal id');
  });

  it.each([hostileOperator, 12345, null, [ids.product], { _id: ids.product }])(
    'when an id is not a string (%j), then it is refused',
    (value) => {
      expect(objectIdSchema.safeParse(value).success).toBe(false);
    },
  );

  it('when an id list is empty or too long, then it is refused', () => {
    const list = objectIdListSchema(2);
    expect(list.safeParse([]).success).toBe(false);
    expect(list.safeParse([ids.product, ids.product2, ids.category]).success).toBe(false);
    expect(list.parse([ids.product])).toEqual([ids.product]);
  });
});
