import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, stubConfirm } from '../testing/mount-route.js';
import { catalogueBundle, productFixture, productId } from '../testing/product-fixture.js';

const routes = {
  'GET /security/isLoggedIn': () => ({ raw: 'true' }),
  'GET /referenceData/getCatalogBundle': () => ({ data: catalogueBundle }),
  'GET /catalog/getProductDetails': () => ({ data: productFixture() }),
  'POST /catalog/search': () => ({ data: { docs: [], total: 0, limit: 20, page: 1, pages: 1 } }),
};

describe('product edit page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('when an empty product is saved, then each missing field says so and nothing is sent', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    const { requests } = installFakeServer(routes);
    const { wrapper } = await mountRoute('/catalog/new');

    await wrapper.get('[data-testid="product-form"]').trigger('submit');
    await flushPromises();

    const name = wrapper.get('#product-name');
    expect(name.attributes('aria-describedby')).toBe('product-name-error');
    expect(wrapper.get('#product-name-error').text()).toBe('Campo obrigatório.');
    expect(wrapper.text()).toContain('Corrija os campos assinalados.');
    expect(requests.some((r) => r.method !== 'GET')).toBe(false);
    wrapper.unmount();
  });

  it('when the description editor is shown, then it adds no inline style, which the admin’s CSP would refuse', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    installFakeServer(routes);
    const inlineStyles = () => document.querySelectorAll('style').length;
    const before = inlineStyles();
    const { wrapper } = await mountRoute(`/catalog/${productId}`);
    await flushPromises();

    expect(wrapper.find('.rich-text__area').exists()).toBe(true);
    expect(inlineStyles()).toBe(before);
    wrapper.unmount();
  });

  it('when leaving with unsaved changes, then the admin is asked and may stay', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    installFakeServer(routes);
    const { wrapper, router } = await mountRoute(`/catalog/${productId}`);
    await wrapper.get('#product-name').setValue('Anel de ouro');
    const confirm = stubConfirm(false);

    await router.push('/catalog');
    expect(confirm).toHaveBeenCalledWith('Há alterações por guardar. Sair mesmo assim?');
    expect(router.currentRoute.value.path).toBe(`/catalog/${productId}`);

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    confirm.mockReturnValue(true);
    await router.push('/catalog');
    expect(router.currentRoute.value.path).toBe('/catalog');
    wrapper.unmount();
  });

  it('when nothing changed, then leaving asks nothing', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    installFakeServer(routes);
    const { wrapper, router } = await mountRoute(`/catalog/${productId}`);
    const confirm = stubConfirm(true);

    await router.push('/catalog');
    expect(confirm).not.toHaveBeenCalled();
    expect(router.currentRoute.value.path).toBe('/catalog');
    wrapper.unmount();
  });

  it('when the admin may only view the catalogue, then the form is read-only and creating is closed', async () => {
    rememberAdmin(['CATALOG_VIEW']);
    installFakeServer(routes);
    const { wrapper, router } = await mountRoute(`/catalog/${productId}`);

    expect((wrapper.get('#product-name').element as HTMLInputElement).value).toBe('Anel de prata');
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid="save-product"]').exists()).toBe(false);

    await router.push('/catalog/new');
    expect(router.currentRoute.value.path).toBe('/catalog');
    wrapper.unmount();
  });

  it('when pictures are reordered, then the chosen one becomes the main picture', async () => {
    rememberAdmin(['CATALOG_MANAGE']);
    installFakeServer(routes);
    const { wrapper } = await mountRoute(`/catalog/${productId}`);
    const firstSrc = () => wrapper.get('[data-testid="image-0"] img').attributes('src');
    expect(firstSrc()).toContain('/thumbnails/a');

    await wrapper.get('[data-testid="image-1"] [data-testid="make-main"]').trigger('click');

    expect(firstSrc()).toContain('/thumbnails/b');
    expect(wrapper.get('[data-testid="image-0"] img').attributes('alt')).toBe(
      'Imagem 1 de Anel de prata',
    );
    wrapper.unmount();
  });
});
