import { hostileOperator, ids, productPayloadExample, usd } from '../../test/fixtures.js';
import { MAX_STOCK } from '../model/stock.js';
import { addProductBodySchema, updateProductBodySchema } from './product-input.js';

const refused = (body: unknown) => addProductBodySchema.safeParse(body).success === false;

describe('product payload contracts', () => {
  it('when a full product payload is parsed, then it passes with stock', () => {
    const parsed = addProductBodySchema.parse(productPayloadExample);
    expect(parsed.stock).toBe(5);
    expect(parsed.lowStockThreshold).toBe(2);
    expect(parsed.customizationOptions?.customizations).toHaveLength(2);
  });

  it('when Veniqa’s client sends a populated category and extra keys, then ids are kept', () => {
    const parsed = updateProductBodySchema.parse({
      ...productPayloadExample,
      _id: ids.product,
      category: { _id: ids.category, category: 'Women', subcategory: 'Shoes' },
      tariff: { _id: ids.tariff, name: 'Clothing', rates: { Nepal: 20 } },
      colors: [],
      sizes: [],
      auditLog: { createdBy: 'me' },
    });
    expect(parsed.category).toBe(ids.category);
    expect(parsed.tariff).toBe(ids.tariff);
    expect(parsed).not.toHaveProperty('auditLog');
    expect(parsed).not.toHaveProperty('colors');
  });

  it('when stock is absent or null, then it is not tracked or tracking stops', () => {
    const { stock: _stock, ...untracked } = productPayloadExample;
    expect(addProductBodySchema.parse(untracked).stock).toBeUndefined();
    expect(addProductBodySchema.parse({ ...productPayloadExample, stock: null }).stock).toBeNull();
    expect(addProductBodySchema.parse(untracked).active).toBe(true);
  });

  it.each([-1, 1.5, MAX_STOCK + 1, '5', hostileOperator])(
    'when stock is %j, then the product is refused',
    (stock) => {
      expect(refused({ ...productPayloadExample, stock })).toBe(true);
      expect(refused({ ...productPayloadExample, lowStockThreshold: stock })).toBe(true);
    },
  );

  it.each([
    ['an operator name', { name: hostileOperator }],
    ['an operator category', { category: { $ne: null } }],
    ['a malformed category id', { category: '5c45…073e' }],
    ['a javascript: image', { thumbnailUrls: ['javascript:alert(1)'] }],
    ['unpaired images', { detailedImageUrls: [] }],
    ['too many images', { thumbnailUrls: Array(8).fill('https://x.org/a.png') }],
    ['a price with three decimals', { price: usd(27.999) }],
    ['a negative price', { price: usd(-1) }],
    ['an operator attribute key', { custom_attributes: { $where: '1' } }],
    ['an object attribute value', { custom_attributes: { Material: hostileOperator } }],
    ['oversized HTML', { details_html: 'x'.repeat(50_001) }],
    ['a missing SKU', { store_sku: undefined }],
    [
      'eight customizations',
      {
        customizationOptions: {
          customizations: Array.from({ length: 8 }, (_, i) => ({
            type: 'Toggle',
            name: `T${i}`,
            key: `t${i}`,
            values: ['yes', 'no'],
          })),
        },
      },
    ],
    [
      'a one-value colour list',
      {
        customizationOptions: {
          customizations: [
            { type: 'Colors', name: 'C', key: 'c', values: [{ name: 'Black', hexValue: '#000' }] },
          ],
        },
      },
    ],
    [
      'a bad hex colour',
      {
        customizationOptions: {
          customizations: [
            {
              type: 'Colors',
              name: 'C',
              key: 'c',
              values: [
                { name: 'A', hexValue: 'black' },
                { name: 'B', hexValue: '#fff' },
              ],
            },
          ],
        },
      },
    ],
    [
      'an unknown customization type',
      {
        customizationOptions: {
          customizations: [{ type: 'Free', name: 'F', key: 'f', values: [] }],
        },
      },
    ],
  ])('when a product has %s, then it is refused', (_label, change) => {
    expect(refused({ ...productPayloadExample, ...change })).toBe(true);
  });

  it('when an update has no valid _id, then it is refused', () => {
    expect(updateProductBodySchema.safeParse(productPayloadExample).success).toBe(false);
    expect(
      updateProductBodySchema.safeParse({ ...productPayloadExample, _id: hostileOperator }).success,
    ).toBe(false);
  });
});
