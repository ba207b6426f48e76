import { z } from 'zod';
import { hostileOperator } from '../../test/fixtures.js';
import { MAX_PAGE_LIMIT, paginated, pagingOptionsSchema, toPagination } from './paging.js';

describe('paging', () => {
  it('when Veniqa pagingOptions are sent, then they parse', () => {
    expect(pagingOptionsSchema.parse({ page: 1, limit: 10 })).toEqual({ page: 1, limit: 10 });
  });

  it.each([
    ['page 0', { page: 0, limit: 10 }],
    ['a negative limit', { page: 1, limit: -1 }],
    ['a fractional page', { page: 1.5, limit: 10 }],
    ['a huge limit', { page: 1, limit: MAX_PAGE_LIMIT + 1 }],
    ['a word as limit', { page: 1, limit: 'ten' }],
    ['an operator', { page: hostileOperator, limit: 10 }],
    ['nothing', {}],
  ])('when paging has %s, then it is refused', (_label, value) => {
    expect(pagingOptionsSchema.safeParse(value).success).toBe(false);
  });

  it("when Veniqa's clients send back their pagination state, then only page and limit are kept", () => {
    expect(
      pagingOptionsSchema.parse({ page: 2, pages: 3, total: 25, limit: 10, offset: 5 }),
    ).toEqual({
      page: 2,
      limit: 10,
    });
    expect(pagingOptionsSchema.parse({ page: '3', limit: '20' })).toEqual({ page: 3, limit: 20 });
  });

  it('when building a result, then pages is ceil(total / limit) and at least 1', () => {
    expect(toPagination(['a'], 21, { page: 2, limit: 10 })).toEqual({
      docs: ['a'],
      total: 21,
      limit: 10,
      page: 2,
      pages: 3,
    });
    expect(toPagination([], 0, { page: 1, limit: 10 }).pages).toBe(1);
  });

  it('when a pagination object is parsed, then docs follow the document schema', () => {
    const schema = paginated(z.object({ name: z.string() }));
    const result = { docs: [{ name: 'Ring' }], total: 1, limit: 10, page: 1, pages: 1 };
    expect(schema.parse(result)).toEqual(result);
    expect(schema.safeParse({ ...result, docs: [{ name: 1 }] }).success).toBe(false);
  });
});
