import type { ProductDetail } from '@aneis/contracts';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { cartLine, cartOf, ids } from '../../test/sample-data.js';
import { useI18n } from '../i18n/i18n.js';
import { useSessionStore } from '../stores/session-store.js';
import ProductPage from './ProductPage.vue';

function product(overrides: Partial<ProductDetail> = {}): ProductDetail {
  const audit = { email: 'gestor@aneis.pt', name: 'Gestor' };
  return {
    _id: ids.product,
    store: 'ANEIS',
    brand: 'Atelier',
    name: 'Solitário Aurora',
    store_sku: 'SOL-1',
    category: { _id: '1'.repeat(24), category: 'Noivado', subcategory: 'Solitários' },
    tariff: { _id: '9'.repeat(24), name: 'Joias', rates: {} },
    thumbnailUrls: ['/images/t1.svg'],
    featuredImageUrls: [],
    detailedImageUrls: ['/images/d1.svg', '/images/d2.svg'],
    price: { amount: 120, currency: 'EUR' },
    weight: { quantity: 0.01, unit: 'KG' },
    customizationOptions: {
      customizations: [{ type: 'Array', name: 'Tamanho', key: 'Size', values: ['10', '12'] }],
    },
    details_html: '<p>Ouro <strong>18k</strong></p>',
    active: true,
    stock: 2,
    auditLog: {
      createdBy: audit,
      updatedBy: audit,
      createdOn: '2024-01-01T00:00:00.000Z',
      updatedOn: '2024-01-01T00:00:00.000Z',
    },
    ...overrides,
  } as ProductDetail;
}

/** A ring in sizes 48 and 62, gold or platinum (+387 €); platinum 48 is sold out. */
function ring(): ProductDetail {
  const variant = (tamanho: string, metal: string, stock: number) => ({
    key: JSON.stringify([
      ['metal', metal],
      ['tamanho', tamanho],
    ]),
    choices: { tamanho, metal },
    stock,
  });
  return product({
    price: { amount: 1290, currency: 'EUR' },
    stock: 6,
    customizationOptions: {
      customizations: [
        {
          type: 'Array',
          name: 'Tamanho (EU)',
          key: 'tamanho',
          labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
          values: ['48', '62'],
          required: true,
        },
        {
          type: 'Array',
          name: 'Metal',
          key: 'metal',
          values: ['Ouro amarelo 18k', 'Platina 950'],
          valueDetails: [
            {
              value: 'Ouro amarelo 18k',
              labels: { pt: 'Ouro amarelo 18k', en: '18k yellow gold' },
            },
            {
              value: 'Platina 950',
              labels: { pt: 'Platina 950', en: 'Platinum 950' },
              priceDelta: 38_700,
            },
          ],
        },
      ],
    },
    variants: [
      variant('48', 'Ouro amarelo 18k', 2),
      variant('48', 'Platina 950', 0),
      variant('62', 'Ouro amarelo 18k', 3),
      variant('62', 'Platina 950', 1),
    ],
  });
}

describe('ProductPage', () => {
  beforeEach(() => {
    localStorage.clear();
    useI18n().setLocale('pt');
  });

  it('when a product has little stock, then the page says how many are left', async () => {
    installFakeShopServer({ 'GET /catalog/getProductDetails': () => ({ data: product() }) });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    expect(wrapper.get('h1').text()).toBe('Solitário Aurora');
    expect(wrapper.get('[data-testid="stock"]').text()).toBe('Só restam 2');
    expect(wrapper.html()).toContain('<strong>18k</strong>');
  });

  it('when the app fetches a ring whose description is hostile, then only its formatting reaches the page', async () => {
    const details_html =
      '<p onclick="alert(1)">Ouro <b>18k</b></p><img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">guia</a>';
    installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: product({ details_html }) }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    const details = wrapper.get('[data-testid="product-details"]').html();
    expect(details).toContain('<p>Ouro <b>18k</b></p><a>guia</a>');
    expect(details).not.toMatch(/onclick|onerror|<img|<script|javascript:/);
  });

  it('when the product is sold out, then buying is disabled', async () => {
    installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: product({ stock: 0 }) }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    const button = wrapper.get('[data-testid="add-to-cart"]');
    expect(button.attributes('disabled')).toBeDefined();
    expect(button.text()).toBe('Esgotado');
  });

  it('when a logged-in shopper adds the product, then the chosen size and quantity are sent', async () => {
    const { calls } = installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: product() }),
      'POST /shopping/addToCart': () => ({ data: cartOf(cartLine({ counts: 2 })) }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    useSessionStore().setUser({ email: 'ana@example.pt', name: 'Ana', emailConfirmed: true });
    await settle();

    await wrapper.get('select').setValue('12');
    await wrapper.get('[data-testid="quantity"]').setValue('2');
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(calls.at(-1)?.body).toEqual([
      { product: ids.product, counts: 2, customizations: { Size: '12' } },
    ]);
    expect(wrapper.get('.notice').text()).toContain('Adicionado ao carrinho');
  });

  it('when a guest adds the product, then it goes into their cart without any detour to the login page', async () => {
    const { calls } = installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: product() }),
      'POST /shopping/addToCart': () => ({ data: cartOf(cartLine({ counts: 1 })) }),
    });
    const { wrapper, router } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    await wrapper.get('select').setValue('10');
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(calls.at(-1)?.body).toEqual([
      { product: ids.product, counts: 1, customizations: { Size: '10' } },
    ]);
    expect(router.currentRoute.value.path).toBe('/');
    expect(wrapper.get('.notice').text()).toContain('Adicionado ao carrinho');
  });

  it('when nothing is chosen yet, then no size is picked for the shopper and adding says what is missing beside the field', async () => {
    const { calls } = installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: ring() }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    const size = wrapper.get('[data-testid="customization-tamanho"]');
    expect((size.element as HTMLSelectElement).value).toBe('');
    expect(wrapper.find('[data-testid="missing-tamanho"]').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(calls.filter((call) => call.path === '/shopping/addToCart')).toEqual([]);
    expect(wrapper.get('[data-testid="missing-tamanho"]').text()).toBe(
      'Falta escolher: Tamanho (EU).',
    );
    expect(wrapper.get('[data-testid="missing-metal"]').text()).toBe('Falta escolher: Metal.');
    expect(size.attributes('aria-invalid')).toBe('true');
    expect(size.attributes('aria-describedby')).toBe('product-tamanho-missing');
  });

  it('when platinum is chosen, then the price is the platinum one and a sold-out size is marked and cannot be picked', async () => {
    const { calls } = installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: ring() }),
      'POST /shopping/addToCart': () => ({ data: cartOf(cartLine({ counts: 1 })) }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();
    const price = () => wrapper.get('[data-testid="product-price"]').text().replace(/\s/g, ' ');
    expect(price()).toContain('1290,00');

    await wrapper.get('[data-testid="customization-metal"]').setValue('Platina 950');
    expect(price()).toContain('1677,00');
    const sizes = wrapper.findAll('[data-testid="customization-tamanho"] option');
    const sold = sizes.find((option) => option.attributes('value') === '48');
    expect(sold?.text()).toBe('48 — esgotado');
    expect(sold?.attributes('disabled')).toBeDefined();
    expect(
      sizes.find((o) => o.attributes('value') === '62')?.attributes('disabled'),
    ).toBeUndefined();

    await wrapper.get('[data-testid="customization-tamanho"]').setValue('62');
    expect(wrapper.get('[data-testid="stock"]').text()).toBe('Só restam 1');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(calls.at(-1)?.body).toEqual([
      { product: ids.product, counts: 1, customizations: { metal: 'Platina 950', tamanho: '62' } },
    ]);
  });

  it('when the shopper reads in English, then options and values carry their English labels and price differences', async () => {
    useI18n().setLocale('en');
    installFakeShopServer({ 'GET /catalog/getProductDetails': () => ({ data: ring() }) });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();
    expect(wrapper.get('label[for="product-tamanho"]').text()).toBe('Size (EU)');
    const metals = wrapper
      .findAll('[data-testid="customization-metal"] option')
      .map((option) => option.text().replace(/\s/g, ' '));
    expect(metals).toEqual(['Choose…', '18k yellow gold', 'Platinum 950 (+€387.00)']);
  });

  it('when the server refuses the line, then its code is explained in place, in Portuguese', async () => {
    installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({ data: product() }),
      'POST /shopping/addToCart': () => ({
        status: 409,
        error: 'Only 2 left of Solitário Aurora',
        code: 'OUT_OF_STOCK',
      }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    useSessionStore().setUser({ email: 'ana@example.pt', name: 'Ana', emailConfirmed: true });
    await settle();

    await wrapper.get('form').trigger('submit');
    await settle();

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Um dos artigos esgotou entretanto. Reveja o carrinho.',
    );
  });

  it('when the product does not exist, then a translated not-found is shown, not "Not Found"', async () => {
    installFakeShopServer({
      'GET /catalog/getProductDetails': () => ({
        status: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
      }),
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await settle();

    expect(wrapper.get('[role="alert"]').text()).toBe('Não encontrámos o que procura.');
  });

  it('when another product is opened before the first one answered, then the second one stays', async () => {
    const other = 'b'.repeat(24);
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    installFakeShopServer({
      'GET /catalog/getProductDetails': async (call) => {
        if (call.query['productId'] === other)
          return { data: product({ _id: other, name: 'Aliança Lua' }) };
        await firstHeld;
        return { data: product() };
      },
    });
    const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
    await wrapper.setProps({ productId: other });
    await settle();
    expect(wrapper.get('h1').text()).toBe('Aliança Lua');

    releaseFirst();
    await settle();
    expect(wrapper.get('h1').text()).toBe('Aliança Lua');
    expect(document.title).toContain('Aliança Lua');
  });

  it.each([
    ['pt', 'IVA incluído'],
    ['en', 'VAT included'],
  ] as const)(
    'when the page reads in %s, then the price says the IVA is included and the category links its own page',
    async (locale, vat) => {
      useI18n().setLocale(locale);
      const category = {
        _id: '1'.repeat(24),
        category: 'Noivado',
        subcategory: 'Solitários',
        slug: 'noivado-solitarios',
      };
      installFakeShopServer({
        'GET /catalog/getProductDetails': () => ({ data: product({ category }) }),
      });
      const { wrapper } = await mountWithShop(ProductPage, { productId: ids.product });
      await settle();

      expect(wrapper.get('[data-testid="vat-included"]').text()).toBe(vat);
      const link = wrapper.get('[data-testid="category-link"]');
      expect(link.attributes('href')).toBe('/shopping/categoria/noivado-solitarios');
      expect(link.text()).toBe('Noivado / Solitários');
      expect(wrapper.html()).not.toContain('search?category');
    },
  );
});
