import { flushPromises } from '@vue/test-utils';
import { installFakeServer, type FakeRequest } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';
import { catalogueBundle, productFixture, productId } from '../testing/product-fixture.js';

const GOLD = 'Ouro 18k';
const PLATINUM = 'Platina 950';
const key = (tamanho: string, metal: string) =>
  JSON.stringify([
    ['metal', metal],
    ['tamanho', tamanho],
  ]);

/** A ring sold per size × metal: platinum costs 387 € more. */
const ring = productFixture({
  customizationOptions: {
    customizations: [
      {
        type: 'Array',
        name: 'Tamanho',
        key: 'tamanho',
        labels: { pt: 'Tamanho', en: 'Size' },
        values: ['48', '62'],
        required: true,
      },
      {
        type: 'Array',
        name: 'Metal',
        key: 'metal',
        values: [GOLD, PLATINUM],
        valueDetails: [
          { value: PLATINUM, labels: { pt: PLATINUM, en: 'Platinum 950' }, priceDelta: 38_700 },
        ],
      },
    ],
  },
  variants: [
    { key: key('48', GOLD), choices: { tamanho: '48', metal: GOLD }, sku: 'R-48-AU', stock: 1 },
    {
      key: key('48', PLATINUM),
      choices: { tamanho: '48', metal: PLATINUM },
      sku: 'R-48-PT',
      stock: 0,
    },
    { key: key('62', GOLD), choices: { tamanho: '62', metal: GOLD }, sku: 'R-62-AU', stock: 2 },
    {
      key: key('62', PLATINUM),
      choices: { tamanho: '62', metal: PLATINUM },
      sku: 'R-62-PT',
      stock: 1,
    },
  ],
  stock: 4,
});

function routes(onUpdate: (request: FakeRequest) => void) {
  return {
    'GET /security/isLoggedIn': () => ({ raw: 'true' }),
    'GET /referenceData/getCatalogBundle': () => ({ data: catalogueBundle }),
    'GET /catalog/getProductDetails': () => ({ data: ring }),
    'PUT /catalog/updateProduct': (request: FakeRequest) => {
      onUpdate(request);
      return { data: ring };
    },
  };
}

describe('product editor: options and variants', () => {
  beforeEach(() => localStorage.clear());

  it('when a ring with variants opens, then labels, price differences and each variant’s SKU and stock are editable, and the product stock is their sum', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    installFakeServer(routes(() => undefined));
    const { wrapper } = await mountRoute(`/catalog/${productId}`);
    await flushPromises();

    expect((wrapper.get('#custom-0-label-en').element as HTMLInputElement).value).toBe('Size');
    expect(
      (wrapper.get('[data-testid="custom-1-option-1-delta"]').element as HTMLInputElement).value,
    ).toBe('387');
    expect(
      (wrapper.get('[data-testid="custom-0-variant"]').element as HTMLInputElement).checked,
    ).toBe(true);
    const rows = wrapper.findAll('[data-testid="variant-row"]');
    expect(rows.map((row) => row.get('th').text())).toEqual([
      '48 × Ouro 18k',
      '48 × Platina 950',
      '62 × Ouro 18k',
      '62 × Platina 950',
    ]);
    expect(wrapper.get('[data-testid="product-stock"]').attributes('readonly')).toBeDefined();
    wrapper.unmount();
  });

  it('when a size is added and stock, SKU and a price difference are typed, then the update sends them per variant', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    let sent: FakeRequest['body'];
    installFakeServer(routes((request) => (sent = request.body)));
    const { wrapper } = await mountRoute(`/catalog/${productId}`);
    await flushPromises();

    // A third size: its two rows appear, the typed ones stay.
    const sizeOptions = wrapper.get('[data-testid="customization-0"]');
    await sizeOptions
      .findAll('button')
      .find((b) => b.text() === 'Adicionar opção')
      ?.trigger('click');
    const inputs = sizeOptions.findAll('.option input:not([type="color"])');
    await inputs[inputs.length - 4]?.setValue('70');
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="variant-row"]');
    expect(rows).toHaveLength(6);
    await wrapper.get('[data-testid="variant-4-stock"]').setValue('5');
    await wrapper.get('[data-testid="variant-4-sku"]').setValue('R-70-AU');
    await wrapper.get('[data-testid="variant-5-stock"]').setValue('0');
    await wrapper.get('[data-testid="custom-1-option-1-delta"]').setValue('400.50');

    await wrapper.get('[data-testid="product-form"]').trigger('submit');
    await flushPromises();

    const body = sent as {
      variants: { choices: Record<string, string>; sku?: string; stock?: number }[];
      customizationOptions: {
        customizations: { valueDetails?: { value: string; priceDelta?: number }[] }[];
      };
      stock?: number;
    };
    expect(body.variants).toEqual([
      { choices: { tamanho: '48', metal: GOLD }, sku: 'R-48-AU', stock: 1 },
      { choices: { tamanho: '48', metal: PLATINUM }, sku: 'R-48-PT', stock: 0 },
      { choices: { tamanho: '62', metal: GOLD }, sku: 'R-62-AU', stock: 2 },
      { choices: { tamanho: '62', metal: PLATINUM }, sku: 'R-62-PT', stock: 1 },
      { choices: { tamanho: '70', metal: GOLD }, sku: 'R-70-AU', stock: 5 },
      { choices: { tamanho: '70', metal: PLATINUM }, stock: 0 },
    ]);
    expect(body.customizationOptions.customizations[1]?.valueDetails).toEqual([
      { value: PLATINUM, labels: { pt: PLATINUM, en: 'Platinum 950' }, priceDelta: 40_050 },
    ]);
    expect(body.stock).toBeUndefined();
    wrapper.unmount();
  });

  it('when one variant’s stock is left empty while others have one, then the editor says so and sends nothing', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    let sent = false;
    installFakeServer(routes(() => (sent = true)));
    const { wrapper } = await mountRoute(`/catalog/${productId}`);
    await flushPromises();

    await wrapper.get('[data-testid="variant-0-stock"]').setValue('');
    await wrapper.get('[data-testid="variant-3-stock"]').setValue('1,5');
    await wrapper.get('[data-testid="product-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="variants-editor"]').text()).toContain(
      'Indique o stock de todas as variantes, ou de nenhuma.',
    );
    expect(wrapper.get('[data-testid="variant-3-stock"]').attributes('aria-invalid')).toBe('true');
    expect(sent).toBe(false);
    wrapper.unmount();
  });
});
