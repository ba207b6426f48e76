import { hostileOperator, ids, productRecordExample } from '../../test/fixtures.js';
import { paginated } from '../common/paging.js';
import { productSummarySchema } from '../model/product-summaries.js';
import { productDetailSchema } from '../model/product.js';
import { catalogSearchBodySchema, productIdQuerySchema } from './catalog.js';

const searchRequest = {
  pagingOptions: { page: 1, limit: 10 },
  searchTerm: 'forever 21',
  categoryIds: [ids.category],
  sortRule: 'price -auditLog.createdOn',
};

describe('shopping catalogue contracts', () => {
  it('when the §10 search request is parsed, then the sort rule becomes a safe object', () => {
    expect(catalogSearchBodySchema.parse(searchRequest)).toEqual({
      ...searchRequest,
      sortRule: { price: 1, 'auditLog.createdOn': -1 },
    });
  });

  it('when the §10 search response is parsed, then it passes', () => {
    const response = {
      docs: [
        {
          _id: ids.product,
          name: 'Amrezy Highlighter',
          brand: 'BEVERLY HILLS KAY',
          store: 'AMAZON',
          marked_price: { amount: 60, currency: 'USD' },
          price: { amount: 27.99, currency: 'USD' },
          thumbnailUrls: ['https://s3.amazonaws.com/bucket/folder/thumbnails/file'],
          category: { category: 'Women', subcategory: 'Shoes' },
          stock: 3,
        },
      ],
      total: 1,
      limit: 10,
      page: 1,
      pages: 1,
    };
    expect(paginated(productSummarySchema).parse(response)).toEqual(response);
  });

  it('when product details are parsed, then category and tariff are populated', () => {
    const detail = {
      ...productRecordExample,
      category: { _id: ids.category, category: 'Women', subcategory: 'Shoes' },
      tariff: { _id: ids.tariff, name: 'Clothing', rates: { Nepal: 20, Bangladesh: 20 } },
    };
    expect(productDetailSchema.parse(detail).stock).toBe(5);
  });

  it.each([
    ['an operator search term', { ...searchRequest, searchTerm: hostileOperator }],
    ['a regex-sized search term', { ...searchRequest, searchTerm: 'x'.repeat(101) }],
    ['an unknown sort field', { ...searchRequest, sortRule: 'details_html' }],
    ['an object sort', { ...searchRequest, sortRule: { price: 1 } }],
    ['an invalid category id', { ...searchRequest, categoryIds: ['5c45…073e'] }],
    ['an operator category list', { ...searchRequest, categoryIds: { $in: [] } }],
    ['a huge limit', { ...searchRequest, pagingOptions: { page: 1, limit: 10_000 } }],
    ['no pagingOptions', { searchTerm: 'ring' }],
  ])('when a search has %s, then it is refused', (_label, body) => {
    expect(catalogSearchBodySchema.safeParse(body).success).toBe(false);
  });

  it('when a search has unknown keys, then they are stripped (inactive products stay hidden)', () => {
    expect(catalogSearchBodySchema.parse({ ...searchRequest, active: false })).not.toHaveProperty(
      'active',
    );
  });

  it("when Veniqa's storefront sends its pagination UI state, then only page and limit are read", () => {
    const body = catalogSearchBodySchema.parse({
      searchTerm: '',
      pagingOptions: { page: 2, pages: 3, total: 25, limit: 10 },
    });
    expect(body.pagingOptions).toEqual({ page: 2, limit: 10 });
    expect(body.searchTerm).toBeUndefined();
  });

  it('when categoryIds is empty, then it stays an empty list (an empty page, not "all")', () => {
    expect(
      catalogSearchBodySchema.parse({ ...searchRequest, categoryIds: [] }).categoryIds,
    ).toEqual([]);
  });

  it('when a product id query is malformed, then it is refused', () => {
    expect(productIdQuerySchema.parse({ productId: ids.product })).toEqual({
      productId: ids.product,
    });
    expect(productIdQuerySchema.safeParse({ productId: 'abc' }).success).toBe(false);
    expect(productIdQuerySchema.safeParse({ productId: [ids.product] }).success).toBe(false);
  });
});

describe('storefront search filters', () => {
  const base = { pagingOptions: { page: 1, limit: 10 } };

  it('when Veniqa’s blank filters are sent, then they mean no filter', () => {
    const parsed = catalogSearchBodySchema.parse({
      ...base,
      searchFilters: { store: '', category: '', minPrice: '', metal: null, size: '' },
    });
    expect(parsed.searchFilters).toEqual({});
    expect(catalogSearchBodySchema.parse({ ...base, searchFilters: '' }).searchFilters).toBe(
      undefined,
    );
  });

  it('when filters come as form text, then they become numbers, codes and booleans', () => {
    const parsed = catalogSearchBodySchema.parse({
      ...base,
      searchFilters: {
        minPrice: '100',
        maxPrice: 250.5,
        metal: 'platina',
        size: 54,
        inStock: 'true',
      },
    });
    expect(parsed.searchFilters).toEqual({
      minPrice: 100,
      maxPrice: 250.5,
      metal: 'platina',
      size: '54',
      inStock: true,
    });
  });

  it.each([
    [{ minPrice: hostileOperator }, 'minPrice'],
    [{ metal: { $ne: null } }, 'metal'],
    [{ metal: 'latão' }, 'metal'],
    [{ size: '5' }, 'size'],
    [{ size: 99 }, 'size'],
    [{ inStock: 'yes' }, 'inStock'],
    [{ minPrice: 300, maxPrice: 100 }, 'minPrice'],
    [{ minPrice: -1 }, 'minPrice'],
  ])('when the filters are %j, then the message names %s', (searchFilters, field) => {
    const result = catalogSearchBodySchema.safeParse({ ...base, searchFilters });
    expect(result.success).toBe(false);
    const [issue] = result.error?.issues ?? [];
    // The 400 reads "searchFilters: size: must be …" or "searchFilters.minPrice: must …".
    const text = `${issue?.path.join('.')}: ${issue?.message}`;
    expect(text).toMatch(new RegExp(`^searchFilters(\\.|: )${field}: `));
  });
});
