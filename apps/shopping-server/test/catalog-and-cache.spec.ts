import { bumpCatalog as bumpCatalogOf } from './support/bump-catalog.js';
import request from 'supertest';
import { TcpProxy } from '@aneis/testing';
import { createCustomer, loginAgent, seedProduct, seedReferenceData } from './support/seed.js';
import { REDIS_URL, useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;
const paging = { page: 1, limit: 10 };

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  shop = await harness.start();
});

const bumpCatalog = () => bumpCatalogOf(harness.prefix);

describe('catalogue', () => {
  it('when searching by free text, category and price sort, then only active products match, with Veniqa’s pagination', async () => {
    await seedProduct(harness.models, refs, {
      name: 'Gold Band',
      brand: 'Lumen',
      price: { cents: 5000, currency: 'USD' },
      stock: 4,
    });
    await seedProduct(harness.models, refs, {
      name: 'Gold Hoop',
      details_html: '<p>gold (18k)</p>',
      price: { cents: 3000, currency: 'USD' },
    });
    await seedProduct(harness.models, refs, { name: 'Gold Hidden', active: false });
    await seedProduct(harness.models, { ...refs, category: refs.other }, { name: 'Gold Men' });
    const res = await request(shop.server)
      .post('/catalog/search')
      .send({
        searchTerm: 'gold',
        categoryIds: [String(refs.category._id)],
        sortRule: 'price',
        pagingOptions: paging,
      })
      .expect(200);
    const page = res.body.responseData;
    expect(page).toMatchObject({ total: 2, limit: 10, page: 1, pages: 1 });
    expect(page.docs.map((doc: { name: string }) => doc.name)).toEqual(['Gold Hoop', 'Gold Band']);
    expect(page.docs[1]).toMatchObject({
      price: { amount: 50, currency: 'USD' },
      stock: 4,
      category: { category: 'Women', subcategory: 'Rings' },
    });
    // Shopper text is matched literally: never a pattern, never a broken regex.
    const pattern = await request(shop.server)
      .post('/catalog/search')
      .send({ searchTerm: '.*', pagingOptions: paging })
      .expect(200);
    expect(pattern.body.responseData.total).toBe(0);
    const literal = await request(shop.server)
      .post('/catalog/search')
      .send({ searchTerm: '(18k', pagingOptions: paging })
      .expect(200);
    expect(literal.body.responseData.total).toBe(1);
  });

  it('when search input is missing or hostile, then 400 with a readable message and never 500', async () => {
    const bodies = [
      {},
      { pagingOptions: { page: 0, limit: 10 } },
      { pagingOptions: paging, searchTerm: { $gt: '' } },
      { pagingOptions: paging, categoryIds: [{ $ne: null }] },
      { pagingOptions: paging, sortRule: 'password' },
    ];
    for (const body of bodies) {
      const res = await request(shop.server).post('/catalog/search').send(body);
      expect(res.status).toBe(400);
      expect(typeof res.body.errorDetails).toBe('string');
    }
  });

  it('when product details are asked for, then active products answer with category and tariff, others 404, bad ids 400', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Detail Ring', stock: 2 });
    const hidden = await seedProduct(harness.models, refs, { active: false });
    const res = await request(shop.server)
      .get(`/catalog/getProductDetails?productId=${String(product._id)}`)
      .expect(200);
    expect(res.body.responseData).toMatchObject({
      name: 'Detail Ring',
      stock: 2,
      price: { amount: 27.99, currency: 'USD' },
      category: { category: 'Women' },
      tariff: { name: 'Clothing' },
    });
    await request(shop.server)
      .get(`/catalog/getProductDetails?productId=${String(hidden._id)}`)
      .expect(404);
    await request(shop.server).get('/catalog/getProductDetails?productId=not-an-id').expect(400);
    await request(shop.server).get('/catalog/getProductDetails?productId[$ne]=x').expect(400);
  });

  it('when storefront reference data is read, then categories, countries, shipping methods and featured sections come enveloped', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Featured Ring' });
    await harness.models.FeaturedSection.create({
      name: 'homepage',
      content: [{ products: [product._id], config: { design_type: 'Stripe', name: 'D1' } }],
    });
    const categories = await request(shop.server).get('/ui/productCategoryList').expect(200);
    expect(categories.body.responseData).toHaveLength(2);
    const countries = await request(shop.server).get('/ui/countries').expect(200);
    expect(countries.body.responseData.map((c: { code: string }) => c.code).sort()).toEqual([
      'NP',
      'US',
    ]);
    const shipping = await request(shop.server).get('/ui/shippingMethods?country=NP').expect(200);
    expect(shipping.body.responseData[0]).toMatchObject({
      code: 'standard',
      price: { amount: 15, currency: 'USD' },
    });
    const featured = await request(shop.server).get('/ui/featured?name=homepage').expect(200);
    expect(featured.body.responseData.content[0].products[0].name).toBe('Featured Ring');
    await request(shop.server).get('/ui/featured?name=nothing').expect(404);
  });
});

describe('cache', () => {
  it('when the management server bumps the catalogue namespace, then a second instance serves the new price', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Cached Ring' });
    const other = await harness.start();
    const url = `/catalog/getProductDetails?productId=${String(product._id)}`;
    expect((await request(shop.server).get(url)).body.responseData.price.amount).toBe(27.99);
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { 'price.cents': 1999 } });
    // Still cached: both instances read the same Redis entry.
    expect((await request(other.server).get(url)).body.responseData.price.amount).toBe(27.99);
    await bumpCatalog();
    expect((await request(other.server).get(url)).body.responseData.price.amount).toBe(19.99);
    expect((await request(shop.server).get(url)).body.responseData.price.amount).toBe(19.99);
  });

  it('when Redis goes away mid-test, then catalogue reads still answer from MongoDB and the pod stays ready', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Outage Ring' });
    const proxy = new TcpProxy(
      new URL(REDIS_URL).hostname,
      Number(new URL(REDIS_URL).port || 6379),
    );
    await proxy.start();
    const flaky = await harness.start({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    const url = `/catalog/getProductDetails?productId=${String(product._id)}`;
    await request(flaky.server).get(url).expect(200);
    await request(flaky.server).get('/readyz').expect(200);
    await proxy.stop();
    const during = await request(flaky.server).get(url);
    expect(during.status).toBe(200);
    expect(during.body.responseData.name).toBe('Outage Ring');
    const search = await request(flaky.server)
      .post('/catalog/search')
      .send({ pagingOptions: paging });
    expect(search.status).toBe(200);
    // the pod stays in the rotation: it still serves the catalogue, and says Redis is away
    const ready = await request(flaky.server).get('/readyz').expect(200);
    expect(ready.body.checks.redis).not.toBe('ok');
    await request(flaky.server).get('/healthz').expect(200);
    await flaky.close();
  });

  it('when in-process copies are on (CATALOG_CACHE_LOCAL_MS), then an instance serves its copy until it ages out while a strict one serves the change', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Local Ring' });
    const url = `/catalog/getProductDetails?productId=${String(product._id)}`;
    const keeping = await harness.start({ env: { CATALOG_CACHE_LOCAL_MS: '60000' } });
    expect((await request(keeping.server).get(url)).body.responseData.price.amount).toBe(27.99);

    await harness.models.Product.updateOne({ _id: product._id }, { $set: { 'price.cents': 2499 } });
    await bumpCatalog();

    // Bounded staleness by design: at most CATALOG_CACHE_LOCAL_MS (1 s by default).
    expect((await request(keeping.server).get(url)).body.responseData.price.amount).toBe(27.99);
    expect((await request(shop.server).get(url)).body.responseData.price.amount).toBe(24.99);
    await keeping.close();
  });
});

describe('public catalogue routes', () => {
  it('when a logged-in shopper browses the catalogue, then no session is touched and the cart still knows them', async () => {
    await createCustomer(harness.models, 'browser@example.com');
    const agent = await loginAgent(shop, 'browser@example.com');
    const search = await agent.post('/catalog/search').send({ pagingOptions: paging }).expect(200);
    expect(search.headers['set-cookie']).toBeUndefined();
    const categories = await agent.get('/ui/productCategoryList').expect(200);
    expect(categories.headers['set-cookie']).toBeUndefined();
    await agent.get('/shopping/getCart').expect(200);
  });
});
