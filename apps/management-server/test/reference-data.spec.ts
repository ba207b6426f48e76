import {
  adminRoles,
  carrierSchema,
  catalogBundleSchema,
  categorySchema,
  countrySchema,
  exchangeRateSchema,
  featuredSectionSchema,
  shippingMethodSchema,
  tariffSchema,
} from '@aneis/contracts';
import { z } from 'zod';
import {
  deliveredLine,
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  cookie = await server.cookieFor(['SUPERADMIN'], {
    email: 'boss@example.com',
    name: 'Boss',
  });
});

const get = (path: string, query: Record<string, string> = {}) =>
  server.http.get(path).query(query).set('Cookie', cookie);
const send = (method: 'post' | 'put' | 'delete', path: string, body: object) =>
  server.http[method](path).set('Cookie', cookie).send(body);
const version = (namespace: string) =>
  server.redis.get(`${server.shoppingPrefix}cache:${namespace}:version`);

describe('Veniqa reference data', () => {
  it('when the bundle, stores, roles and weight units are read, then they come from the database', async () => {
    const bundle = catalogBundleSchema.parse(
      (await get('/referenceData/getCatalogBundle')).body.responseData,
    );
    expect(bundle.stores).toContain('ALIANCAS LDA');
    expect(bundle.weight_units).toEqual(['G']);
    expect(bundle.tariff_categories).toEqual([{ _id: fixture.tariffId, name: 'Jewellery' }]);
    expect((await get('/referenceData/getRoles')).body.responseData).toEqual([...adminRoles]);
    expect((await get('/referenceData/getStores')).body.responseData).toEqual(['ALIANCAS LDA']);
    expect((await get('/referenceData/getWeightUnits')).body.responseData).toEqual(['G']);
  });

  it('when a category is added, renamed and deleted, then each step answers and is audited', async () => {
    const before = await version('catalog');
    const added = categorySchema.parse(
      (
        await send('post', '/referenceData/productCategory', {
          category: 'Rings',
          subcategory: 'Silver',
        })
      ).body.responseData,
    );
    expect(await version('catalog')).not.toBe(before);
    const dup = await send('post', '/referenceData/productCategory', {
      category: 'Rings',
      subcategory: 'Silver',
    });
    expect(dup.status).toBe(409);
    const renamed = await send('put', '/referenceData/productCategory', {
      _id: added._id,
      subcategory: 'Prata',
      __v: 0,
    });
    expect(renamed.body.responseData).toMatchObject({ category: 'Rings', subcategory: 'Prata' });
    expect(
      (await get('/referenceData/productCategory', { categoryId: added._id })).body.responseData
        .subcategory,
    ).toBe('Prata');
    const list = z
      .array(categorySchema)
      .parse((await get('/referenceData/productCategoryList')).body.responseData);
    expect(list.map((c) => c.subcategory)).toEqual(['Gold', 'Prata']);
    const deleted = await send('delete', '/referenceData/productCategory', {
      categoryId: added._id,
    });
    expect(deleted.body.responseData).toEqual({ deletedCount: 1 });
    const actions = await server.services.auditEntries
      .find({ entityType: 'category', entityId: added._id })
      .sort({ at: 1 })
      .lean();
    expect(actions.map((a) => a.action)).toEqual([
      'addCategory',
      'updateCategory',
      'deleteCategory',
    ]);
    expect(actions[1]).toMatchObject({
      before: { subcategory: 'Silver' },
      after: { subcategory: 'Prata' },
    });
  });

  it('when a category is added without a VAT rate, given one, or changed, then it keeps the rate and the audit shows the change', async () => {
    const standard = categorySchema.parse(
      (await send('post', '/referenceData/productCategory', { category: 'IVA', subcategory: 'A' }))
        .body.responseData,
    );
    expect(standard.vatPercent).toBe(23);
    const reduced = categorySchema.parse(
      (
        await send('post', '/referenceData/productCategory', {
          category: 'IVA',
          subcategory: 'B',
          vatPercent: '6',
        })
      ).body.responseData,
    );
    expect(reduced.vatPercent).toBe(6);
    const changed = await send('put', '/referenceData/productCategory', {
      _id: reduced._id,
      vatPercent: 13,
    });
    expect(changed.body.responseData).toMatchObject({ subcategory: 'B', vatPercent: 13 });
    const read = await get('/referenceData/productCategory', { categoryId: reduced._id });
    expect(read.body.responseData.vatPercent).toBe(13);
    const audit = await server.services.auditEntries
      .findOne({ entityType: 'category', entityId: reduced._id, action: 'updateCategory' })
      .lean();
    expect(audit).toMatchObject({ before: { vatPercent: 6 }, after: { vatPercent: 13 } });
  });

  it.each([
    [60, 'at most 50'],
    [-1, 'must not be negative'],
    ['seis', 'must be a number'],
    [6.125, 'at most two decimal places'],
  ])(
    'when a category is given the VAT rate %j, then it is a 400 naming the rule',
    async (vatPercent, message) => {
      const reply = await send('post', '/referenceData/productCategory', {
        category: 'IVA',
        subcategory: `bad ${String(vatPercent)}`,
        vatPercent,
      });
      expect(reply.status).toBe(400);
      expect(JSON.stringify(reply.body)).toContain(message);
    },
  );

  it('when a category or tariff is still used by a product, then deleting it is a 409', async () => {
    await insertProduct(server, fixture);
    const category = await send('delete', '/referenceData/productCategory', {
      categoryId: fixture.categoryId,
    });
    expect(category.status).toBe(409);
    const tariff = await send('delete', '/referenceData/tariff', { tariffId: fixture.tariffId });
    expect(tariff.status).toBe(409);
    expect(tariff.body.errorDetails).toBe('Products still use this tariff');
  });

  it("when updates name unknown ids, then Veniqa's 400; reads of unknown ids are 404", async () => {
    const missing = '5c46f5b0e7d0a3a1b4c2d001';
    expect(
      (await send('put', '/referenceData/productCategory', { _id: missing, category: 'X' })).status,
    ).toBe(400);
    expect((await send('put', '/referenceData/tariff', { _id: missing, name: 'X' })).status).toBe(
      400,
    );
    expect((await get('/referenceData/tariff', { tariffId: missing })).status).toBe(404);
    const noId = await send('put', '/referenceData/tariff', { name: 'X' });
    expect(noId.status).toBe(400);
    expect(noId.body.errorDetails).toMatch(/_id/);
  });

  it('when a tariff has rates for any country, then it is kept; bad keys or rates are refused', async () => {
    const res = await send('post', '/referenceData/tariff', {
      name: 'Watches',
      rates: { PT: 23, 'United States of America': 5 },
    });
    const tariff = tariffSchema.parse(res.body.responseData);
    expect(tariff.rates).toEqual({ PT: 23, 'United States of America': 5 });
    const updated = await send('put', '/referenceData/tariff', {
      _id: tariff._id,
      rates: { ES: 21 },
    });
    expect(updated.body.responseData.rates).toEqual({ ES: 21 });
    expect(
      (await send('post', '/referenceData/tariff', { name: 'Bad', rates: { $gt: 1 } })).status,
    ).toBe(400);
    expect(
      (await send('post', '/referenceData/tariff', { name: 'Bad', rates: { PT: -1 } })).status,
    ).toBe(400);
    expect(
      (await send('post', '/referenceData/tariff', { name: 'Watches', rates: {} })).status,
    ).toBe(409);
    const list = z
      .array(tariffSchema)
      .parse((await get('/referenceData/tariffList')).body.responseData);
    expect(list.map((t) => t.name)).toEqual(['Jewellery', 'Watches']);
  });
});

describe('countries, shipping methods and exchange rates', () => {
  it("when they are managed, then the storefront's reference cache is invalidated and rules hold", async () => {
    const before = await version('reference-data');
    const pt = countrySchema.parse(
      (
        await send('post', '/referenceData/country', {
          code: 'pt',
          name: 'Portugal',
          currency: 'eur',
        })
      ).body.responseData,
    );
    expect(pt).toEqual({ code: 'PT', name: 'Portugal', currency: 'EUR', active: true });
    expect(await version('reference-data')).not.toBe(before);
    expect(
      (await send('post', '/referenceData/country', { code: 'PT', name: 'Again', currency: 'EUR' }))
        .status,
    ).toBe(409);
    expect(
      (await send('put', '/referenceData/country', { code: 'PT', active: false })).body.responseData
        .active,
    ).toBe(false);

    const method = shippingMethodSchema.parse(
      (
        await send('post', '/referenceData/shippingMethod', {
          code: 'ctt-expresso',
          name: 'CTT Expresso',
          maximumDays: 2,
          countries: ['PT'],
          price: { amount: 7.5, currency: 'EUR' },
        })
      ).body.responseData,
    );
    expect(method.price).toEqual({ amount: 7.5, currency: 'EUR' });
    const stored = await server.services.shop.ShippingMethod.findById(method._id).lean();
    expect(stored?.price).toEqual({ cents: 750, currency: 'EUR' });
    expect(
      (
        await send('post', '/referenceData/shippingMethod', {
          code: 'x-1',
          name: 'X',
          maximumDays: 2,
          countries: ['ZZ'],
          price: { amount: 1, currency: 'EUR' },
        })
      ).body.errorDetails,
    ).toBe('Unknown countries: ZZ');
    const inUse = await send('delete', '/referenceData/country', { code: 'PT' });
    expect(inUse.status).toBe(409);
    const renamed = await send('put', '/referenceData/shippingMethod', {
      _id: method._id,
      name: 'CTT 48h',
      price: { amount: 8, currency: 'EUR' },
    });
    expect(renamed.body.responseData).toMatchObject({
      name: 'CTT 48h',
      price: { amount: 8, currency: 'EUR' },
      code: 'ctt-expresso',
    });
    expect(
      (await get('/referenceData/shippingMethod', { shippingMethodId: method._id })).body
        .responseData.name,
    ).toBe('CTT 48h');
    expect(
      z
        .array(shippingMethodSchema)
        .parse((await get('/referenceData/shippingMethodList')).body.responseData),
    ).toHaveLength(1);
    expect(
      (await send('delete', '/referenceData/shippingMethod', { shippingMethodId: method._id })).body
        .responseData,
    ).toEqual({ deletedCount: 1 });
    expect(
      (await send('delete', '/referenceData/country', { code: 'PT' })).body.responseData,
    ).toEqual({ deletedCount: 1 });

    const rate = exchangeRateSchema.parse(
      (await send('put', '/referenceData/exchangeRate', { currency: 'usd', one_usd_equals: 1.08 }))
        .body.responseData,
    );
    expect(rate).toMatchObject({ currency: 'USD', one_usd_equals: 1.08 });
    const replaced = await send('put', '/referenceData/exchangeRate', {
      currency: 'USD',
      one_usd_equals: 1.1,
    });
    expect(replaced.body.responseData._id).toBe(rate._id);
    await send('post', '/referenceData/country', {
      code: 'US',
      name: 'United States',
      currency: 'USD',
    });
    expect((await send('delete', '/referenceData/exchangeRate', { currency: 'USD' })).status).toBe(
      409,
    );
    await send('put', '/referenceData/country', { code: 'US', active: false });
    expect((await send('delete', '/referenceData/exchangeRate', { currency: 'USD' })).status).toBe(
      200,
    );
    expect((await get('/referenceData/exchangeRateList')).body.responseData).toEqual([]);
    expect(
      (await send('put', '/referenceData/exchangeRate', { currency: 'USD', one_usd_equals: -1 }))
        .status,
    ).toBe(400);
  });
});

describe('carriers', () => {
  const carrierList = async () =>
    z.array(carrierSchema).parse((await get('/referenceData/carrierList')).body.responseData);

  it("when carriers are added, changed and retired, then each step is audited and the storefront's reference cache is invalidated", async () => {
    const before = await version('reference-data');
    const ctt = await send('post', '/referenceData/carrier', {
      code: 'ctt',
      name: 'CTT',
      trackingUrlTemplate: 'https://www.ctt.pt/track?objects={trackingNumber}',
    });
    expect(carrierSchema.parse(ctt.body.responseData)).toEqual({
      code: 'CTT',
      name: 'CTT',
      trackingUrlTemplate: 'https://www.ctt.pt/track?objects={trackingNumber}',
      active: true,
    });
    expect(await version('reference-data')).not.toBe(before);
    await send('post', '/referenceData/carrier', {
      code: 'MYUS',
      name: 'MyUS',
      trackingUrlTemplate: '',
    });
    expect(await carrierList()).toEqual([
      expect.objectContaining({ code: 'CTT' }),
      { code: 'MYUS', name: 'MyUS', active: true },
    ]);

    const renamed = await send('put', '/referenceData/carrier', {
      code: 'CTT',
      name: 'CTT Correios de Portugal',
      trackingUrlTemplate: '',
    });
    expect(renamed.body.responseData).toEqual({
      code: 'CTT',
      name: 'CTT Correios de Portugal',
      active: true,
    });
    const stored = await server.services.shop.Carrier.findOne({ code: 'CTT' }).lean();
    expect(stored).not.toHaveProperty('trackingUrlTemplate');
    const beforeRetiring = await version('reference-data');
    const retired = await send('put', '/referenceData/carrier', { code: 'myus', active: false });
    expect(retired.body.responseData).toEqual({ code: 'MYUS', name: 'MyUS', active: false });
    expect(await version('reference-data')).not.toBe(beforeRetiring);
    expect((await carrierList()).map((c) => [c.code, c.active])).toEqual([
      ['CTT', true],
      ['MYUS', false],
    ]);

    const audit = await server.services.auditEntries
      .find({ entityType: 'carrier', entityId: 'CTT' })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((a) => a.action)).toEqual(['addCarrier', 'updateCarrier']);
    expect(audit[1]).toMatchObject({
      before: { name: 'CTT' },
      after: { name: 'CTT Correios de Portugal' },
    });
  });

  it('when a carrier repeats a code, has a bad template or is unknown, then it is refused', async () => {
    await send('post', '/referenceData/carrier', { code: 'UPS', name: 'UPS' });
    expect(
      (await send('post', '/referenceData/carrier', { code: 'ups', name: 'Again' })).status,
    ).toBe(409);
    const http = await send('post', '/referenceData/carrier', {
      code: 'GLS',
      name: 'GLS',
      trackingUrlTemplate: 'http://gls.example/{trackingNumber}',
    });
    expect(http.status).toBe(400);
    expect(http.body.errorDetails).toMatch(/trackingUrlTemplate.*https URL/);
    const noPlaceholder = await send('put', '/referenceData/carrier', {
      code: 'UPS',
      trackingUrlTemplate: 'https://www.ups.com/track',
    });
    expect(noPlaceholder.status).toBe(400);
    expect(noPlaceholder.body.errorDetails).toMatch(/\{trackingNumber\}/);
    expect((await send('put', '/referenceData/carrier', { code: 'NOPE', name: 'X' })).status).toBe(
      404,
    );
    expect((await send('delete', '/referenceData/carrier', { code: 'NOPE' })).status).toBe(404);
  });

  it('when a carrier shipped an order, then deleting it is a 409; an unused one is deleted', async () => {
    const productId = await insertProduct(server, fixture);
    const shipped = deliveredLine();
    shipped.shipment = { ...shipped.shipment, provider: 'FEDEX' };
    await insertOrder(server, fixture, {
      status: 'COMPLETED',
      lines: [{ productId }],
      lineProcessing: [shipped],
    });
    await send('post', '/referenceData/carrier', { code: 'FEDEX', name: 'FedEx' });
    await send('post', '/referenceData/carrier', { code: 'NACEX', name: 'Nacex' });

    const inUse = await send('delete', '/referenceData/carrier', { code: 'FEDEX' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.errorDetails).toBe(
      'Orders were shipped with this carrier; deactivate it instead',
    );
    const unused = await send('delete', '/referenceData/carrier', { code: 'nacex' });
    expect(unused.body.responseData).toEqual({ deletedCount: 1 });
    const codes = (await carrierList()).map((c) => c.code);
    expect(codes).toContain('FEDEX');
    expect(codes).not.toContain('NACEX');
    const deletion = await server.services.auditEntries
      .findOne({ entityType: 'carrier', entityId: 'NACEX', action: 'deleteCarrier' })
      .lean();
    expect(deletion?.before).toMatchObject({ code: 'NACEX', name: 'Nacex' });
  });
});

describe('featured sections', () => {
  it('when a section is upserted, read, listed and deleted, then products come populated', async () => {
    const productId = await insertProduct(server, fixture, { name: 'Featured Ring' });
    const body = {
      name: 'homepage',
      content: [{ products: [productId], config: { design_type: 'Stripe', name: 'D1' } }],
    };
    const created = featuredSectionSchema.parse(
      (await send('post', '/ui/featured', body)).body.responseData,
    );
    expect(created.content[0]?.products[0]).toMatchObject({
      _id: productId,
      name: 'Featured Ring',
      price: { amount: 100, currency: 'EUR' },
    });
    const replaced = await send('post', '/ui/featured', {
      ...body,
      content: [{ ...body.content[0], config: { design_type: 'Canvas Left Cracked', name: 'D2' } }],
    });
    expect(replaced.body.responseData._id).toBe(created._id);
    expect(
      (await get('/ui/featured', { name: 'homepage' })).body.responseData.content[0].config.name,
    ).toBe('D2');
    expect(
      z.array(featuredSectionSchema).parse((await get('/ui/featuredList')).body.responseData),
    ).toHaveLength(1);
    const audit = await server.services.auditEntries
      .find({ entityType: 'featuredSection', entityId: 'homepage' })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((a) => a.action)).toEqual(['addFeaturedSection', 'updateFeaturedSection']);
    expect((await send('delete', '/ui/featured', { name: 'homepage' })).body.responseData).toBe(
      true,
    );
    expect((await get('/ui/featured', { name: 'homepage' })).status).toBe(404);
    expect((await send('delete', '/ui/featured', { name: 'homepage' })).status).toBe(404);
  });

  it('when a product id does not exist or the config has operator keys, then 400', async () => {
    const unknown = await send('post', '/ui/featured', {
      name: 'x',
      content: [
        { products: ['5c46f5b0e7d0a3a1b4c2d001'], config: { design_type: 'Stripe', name: 'D1' } },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errorDetails).toBe('Unknown products: 5c46f5b0e7d0a3a1b4c2d001');
    const operator = await send('post', '/ui/featured', {
      name: 'x',
      content: [
        {
          products: ['5c46f5b0e7d0a3a1b4c2d001'],
          config: { design_type: 'Stripe', name: 'D1', $where: 'x' },
        },
      ],
    });
    expect(operator.status).toBe(400);
  });
});
