import { productDetailSchema, productRecordSchema } from '@aneis/contracts';
import {
  insertOrder,
  productBody,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let catalogCookie: string;
let ordersCookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  catalogCookie = await server.cookieFor(['CATALOG_MANAGE'], { email: 'cat@example.com' });
  ordersCookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'ops@example.com' });
});

const GOLD = 'Ouro amarelo 18k';
const PLATINUM = 'Platina 950';

const sizeOption = {
  type: 'Array' as const,
  name: 'Tamanho (EU)',
  key: 'tamanho',
  labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
  values: ['48', '62'],
  required: true,
};
const metalOption = {
  type: 'Array' as const,
  name: 'Metal',
  key: 'metal',
  values: [GOLD, PLATINUM],
  valueDetails: [
    { value: GOLD, labels: { pt: GOLD, en: '18k yellow gold' } },
    { value: PLATINUM, labels: { pt: PLATINUM, en: 'Platinum 950' }, priceDelta: 38_700 },
  ],
};
const ringOptions = { customizations: [sizeOption, metalOption] };

function ringVariants(stock: (index: number) => number | undefined) {
  return ['48', '62'].flatMap((size, s) =>
    [GOLD, PLATINUM].map((metal, m) => ({
      choices: { tamanho: size, metal },
      sku: `R-${size}-${m}`,
      ...(stock(s * 2 + m) === undefined ? {} : { stock: stock(s * 2 + m) }),
    })),
  );
}

async function addRing(overrides: object = {}) {
  return server.http
    .post('/catalog/addProduct')
    .set('Cookie', catalogCookie)
    .send(
      productBody(fixture, {
        price: { amount: 1290, currency: 'EUR' },
        customizationOptions: ringOptions,
        variants: ringVariants((i) => i + 1),
        ...overrides,
      }),
    );
}

describe('products with variants', () => {
  it('when a ring is added with size × metal variants, then each keeps its SKU and stock and the product’s stock is their sum', async () => {
    const res = await addRing({ stock: 99 });
    expect(res.status).toBe(200);
    const record = productRecordSchema.parse(res.body.responseData);
    expect(record.stock).toBe(1 + 2 + 3 + 4);
    expect(record.variants?.map((v) => [v.sku, v.stock])).toEqual([
      ['R-48-0', 1],
      ['R-48-1', 2],
      ['R-62-0', 3],
      ['R-62-1', 4],
    ]);
    expect(new Set(record.variants?.map((v) => v.key)).size).toBe(4);
    const detail = await server.http
      .get(`/catalog/getProductDetails?productId=${record._id}`)
      .set('Cookie', catalogCookie)
      .expect(200);
    const parsed = productDetailSchema.parse(detail.body.responseData);
    expect(parsed.customizationOptions?.customizations[1]?.valueDetails?.[1]?.priceDelta).toBe(
      38_700,
    );
  });

  it('when variants do not fit the options, mix tracked and untracked stock, or a difference makes a choice cost less than nothing, then a 400 says why', async () => {
    const unknown = await addRing({
      variants: [{ choices: { tamanho: '50', metal: GOLD }, stock: 1 }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errorDetails).toContain('"50" is not a value of "Tamanho (EU)"');
    const mixed = await addRing({ variants: ringVariants((i) => (i === 0 ? undefined : 1)) });
    expect(mixed.status).toBe(400);
    expect(mixed.body.errorDetails).toContain('either every variant tracks its stock or none does');
    const negative = await addRing({
      price: { amount: 100, currency: 'EUR' },
      customizationOptions: {
        customizations: [
          sizeOption,
          {
            ...metalOption,
            valueDetails: [{ value: GOLD, priceDelta: -20_000 }],
          },
        ],
      },
    });
    expect(negative.status).toBe(400);
    const noOptions = await addRing({ customizationOptions: undefined });
    expect(noOptions.status).toBe(400);
    expect(noOptions.body.errorDetails).toContain('variants need the customizationOptions');
  });

  it('when an update leaves variants out (as Veniqa’s admin does), then they and their stock stay; [] removes them', async () => {
    const added = productRecordSchema.parse((await addRing()).body.responseData);
    const { _id, auditLog: _log, variants: _v, stock: _s, ...rest } = added;
    const kept = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', catalogCookie)
      .send({ ...rest, _id, stock: 500, name: 'Renamed ring' });
    expect(kept.status).toBe(200);
    const stored = await server.services.shop.Product.findById(_id).lean();
    expect(stored?.name).toBe('Renamed ring');
    expect(stored?.variants).toHaveLength(4);
    expect(stored?.stock).toBe(10);
    const cut = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', catalogCookie)
      .send({
        ...rest,
        _id,
        customizationOptions: { customizations: [sizeOption] },
      });
    expect(cut.status).toBe(400);
    expect(cut.body.errorDetails).toContain('no longer fit');
    const removed = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', catalogCookie)
      .send({ ...rest, _id, variants: [], stock: 7 });
    expect(removed.status).toBe(200);
    const plain = await server.services.shop.Product.findById(_id).lean();
    expect(plain?.variants).toBeUndefined();
    expect(plain?.stock).toBe(7);
  });

  it('when an order of a variant is cancelled, then its units go back to that variant and to the total', async () => {
    const added = productRecordSchema.parse((await addRing()).body.responseData);
    const platinum62 = added.variants?.find(
      (v) => v.choices.tamanho === '62' && v.choices.metal === PLATINUM,
    );
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId: added._id, counts: 2, reservedStock: 2 }],
    });
    await server.services.shop.Order.updateOne(
      { _id: orderId },
      { $set: { 'cart.items.0.variantKey': platinum62?.key } },
    );
    const res = await server.http
      .post('/orders/cancelOrder')
      .set('Cookie', ordersCookie)
      .send({ orderId });
    expect(res.status).toBe(200);
    const stored = await server.services.shop.Product.findById(added._id).lean();
    expect(stored?.stock).toBe(12);
    expect(stored?.variants?.find((v) => v.key === platinum62?.key)?.stock).toBe(6);
    expect(stored?.variants?.filter((v) => v.key !== platinum62?.key).map((v) => v.stock)).toEqual([
      1, 2, 3,
    ]);
  });
});
