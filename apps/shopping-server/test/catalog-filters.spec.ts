import request from 'supertest';
import { seedProduct, seedReferenceData } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;
const paging = { page: 1, limit: 20 };

/** Rings of one invented brand, so other products never blur what a filter let through. */
const rings = [
  { name: 'Aro Platina 50', cents: 120_000, metals: ['platina'], sizes: ['50', '52'], stock: 3 },
  { name: 'Aro Ouro 54', cents: 45_000, metals: ['ouro-amarelo'], sizes: ['52', '54'], stock: 0 },
  {
    name: 'Aro Dois Ouros',
    cents: 60_000,
    metals: ['ouro-amarelo', 'ouro-branco'],
    sizes: ['54', '56'],
  },
  { name: 'Aro Prata 60', cents: 9_000, metals: ['prata'], sizes: ['58', '60'], stock: 12 },
];

beforeAll(async () => {
  const refs = await seedReferenceData(harness.models);
  for (const [i, ring] of rings.entries()) {
    await seedProduct(harness.models, refs, {
      name: ring.name,
      brand: 'Filtro Atelier',
      store_sku: `FIL-${i}`,
      price: { cents: ring.cents, currency: 'EUR' },
      facets: { metals: ring.metals, sizes: ring.sizes },
      ...(ring.stock === undefined ? {} : { stock: ring.stock }),
    });
  }
  // Saved before facets existed: never matches a metal or size filter, still a price one.
  await seedProduct(harness.models, refs, {
    name: 'Aro Antigo',
    brand: 'Filtro Atelier',
    store_sku: 'FIL-OLD',
    price: { cents: 50_000, currency: 'EUR' },
  });
  shop = await harness.start();
});

async function names(searchFilters: unknown, extra: object = {}): Promise<string[]> {
  const res = await request(shop.server)
    .post('/catalog/search')
    .send({
      searchTerm: 'Filtro Atelier',
      pagingOptions: paging,
      sortRule: 'name',
      searchFilters,
      ...extra,
    });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const page = res.body.responseData as { docs: { name: string }[]; total: number };
  expect(page.total).toBe(page.docs.length);
  return page.docs.map((doc) => doc.name);
}

describe('storefront search filters', () => {
  it('when a price range is given in euros, then only rings priced inside it (bounds included) match', async () => {
    expect(await names({ minPrice: 450, maxPrice: 600 })).toEqual([
      'Aro Antigo',
      'Aro Dois Ouros',
      'Aro Ouro 54',
    ]);
    expect(await names({ minPrice: '1000' })).toEqual(['Aro Platina 50']);
    expect(await names({ maxPrice: 90 })).toEqual(['Aro Prata 60']);
  });

  it('when a metal is chosen, then rings offered in that metal match, whatever else they offer', async () => {
    expect(await names({ metal: 'ouro-amarelo' })).toEqual(['Aro Dois Ouros', 'Aro Ouro 54']);
    expect(await names({ metal: 'ouro-branco' })).toEqual(['Aro Dois Ouros']);
    expect(await names({ metal: 'ouro-rosa' })).toEqual([]);
  });

  it('when a size is chosen (number or text), then rings made in that size match', async () => {
    expect(await names({ size: 52 })).toEqual(['Aro Ouro 54', 'Aro Platina 50']);
    expect(await names({ size: '60' })).toEqual(['Aro Prata 60']);
  });

  it('when in stock only is asked for, then sold-out rings drop out and made-to-order ones stay', async () => {
    expect(await names({ inStock: true })).toEqual([
      'Aro Antigo',
      'Aro Dois Ouros',
      'Aro Platina 50',
      'Aro Prata 60',
    ]);
    expect(await names({ inStock: 'false' })).toHaveLength(5);
  });

  it('when filters are combined with each other, the text, a sort and paging, then all of them hold', async () => {
    expect(await names({ metal: 'ouro-amarelo', size: '54', inStock: true })).toEqual([
      'Aro Dois Ouros',
    ]);
    expect(await names({ size: '52', maxPrice: 500 })).toEqual(['Aro Ouro 54']);
    expect(
      await names({ minPrice: 50, maxPrice: 1500, inStock: true }, { sortRule: '-price' }),
    ).toEqual(['Aro Platina 50', 'Aro Dois Ouros', 'Aro Antigo', 'Aro Prata 60']);
    const second = await request(shop.server)
      .post('/catalog/search')
      .send({
        searchTerm: 'Filtro',
        searchFilters: { metal: 'ouro-amarelo' },
        sortRule: 'price',
        pagingOptions: { page: 2, limit: 1 },
      })
      .expect(200);
    expect(second.body.responseData).toMatchObject({ total: 2, pages: 2, page: 2 });
    expect(second.body.responseData.docs[0].name).toBe('Aro Dois Ouros');
  });

  it('when Veniqa’s blank filters are sent, then they mean no filter at all', async () => {
    const everything = await names(undefined);
    expect(everything).toHaveLength(5);
    expect(await names({ store: '', category: '' })).toEqual(everything);
    expect(
      await names({ minPrice: '', maxPrice: '', metal: '', size: '', inStock: '', store: null }),
    ).toEqual(everything);
    expect(await names('')).toEqual(everything);
    expect(await names(null)).toEqual(everything);
  });

  it.each([
    ['an operator as a price', { minPrice: { $gt: 0 } }, /minPrice/],
    ['an operator as a metal', { metal: { $ne: null } }, /metal/],
    ['a pattern as a size', { size: { $regex: '.*' } }, /size/],
    ['an operator for stock', { inStock: { $exists: true } }, /inStock/],
    ['an operator as the store', { store: { $ne: '' } }, /store/],
    ['filters as a list', [{ metal: 'prata' }], /searchFilters/],
    ['an unknown metal', { metal: 'latão' }, /metal.*ouro-amarelo, ouro-branco/],
    ['a size no ring has', { size: '7' }, /size.*ring size/],
    ['a negative price', { minPrice: -5 }, /minPrice.*negative/],
    ['a price that is text', { maxPrice: 'cheap' }, /maxPrice.*number/],
    [
      'a range upside down',
      { minPrice: 500, maxPrice: 100 },
      /minPrice must not be above maxPrice/,
    ],
  ])('when %s is sent, then 400 names the filter', async (_case, searchFilters, message) => {
    const res = await request(shop.server)
      .post('/catalog/search')
      .send({ pagingOptions: paging, searchFilters });
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(message);
  });
});
