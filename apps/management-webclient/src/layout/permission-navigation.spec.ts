import { mount } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';
import AdminSidebar from './AdminSidebar.vue';

const emptyPage = { docs: [], total: 0, limit: 20, page: 1, pages: 1 };
const server = {
  'GET /security/isLoggedIn': () => ({ raw: 'true' }),
  'POST /catalog/search': () => ({ data: emptyPage }),
  'GET /referenceData/getCatalogBundle': () => ({
    data: { stores: [], product_categories: [], weight_units: [], tariff_categories: [] },
  }),
  'GET /ui/featuredList': () => ({ data: [] }),
};

async function openAs(permissions: string[], path = '/') {
  localStorage.clear();
  rememberAdmin(permissions);
  installFakeServer(server);
  return mountRoute(path);
}

describe('permission-aware navigation', () => {
  it('when a catalogue admin logs in, then only the catalogue is offered and home leads there', async () => {
    const { router, wrapper } = await openAs(['CATALOG_MANAGE']);
    expect(router.currentRoute.value.path).toBe('/catalog');
    const nav = mount(AdminSidebar, { global: { plugins: [router] } });
    expect(nav.findAll('nav a').map((a) => a.text())).toEqual(['Catálogo']);
    nav.unmount();
    wrapper.unmount();
  });

  it('when a catalogue admin types the admins address, then the guard sends them home', async () => {
    const { router, wrapper } = await openAs(['CATALOG_MANAGE'], '/admins');
    expect(router.currentRoute.value.path).toBe('/catalog');
    wrapper.unmount();
  });

  it('when a superadmin logs in, then every section is offered', async () => {
    const { router, wrapper } = await openAs(['SUPERADMIN'], '/catalog');
    const nav = mount(AdminSidebar, { global: { plugins: [router] } });
    expect(nav.findAll('nav a').map((a) => a.text())).toEqual([
      'Painel',
      'Catálogo',
      'Encomendas',
      'Clientes',
      'Destaques',
      'Dados de referência',
      'Cupões',
      'Administradores',
      'Auditoria',
    ]);
    nav.unmount();
    wrapper.unmount();
  });

  it('when an admin may only preview featured sections, then that is their only section', async () => {
    const { router, wrapper } = await openAs(['FEATURED_PREVIEW'], '/orders');
    expect(router.currentRoute.value.path).toBe('/featured');
    expect(wrapper.find('[data-testid="new-section"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a tariff viewer opens reference data, then the carriers tab is offered with the pricing tabs', async () => {
    localStorage.clear();
    rememberAdmin(['TARIFF_VIEW']);
    installFakeServer({
      ...server,
      'GET /referenceData/tariffList': () => ({ data: [] }),
      'GET /referenceData/carrierList': () => ({ data: [] }),
    });
    const { router, wrapper } = await mountRoute('/reference-data');
    expect(wrapper.findAll('.tabs a').map((a) => a.text())).toEqual([
      'Taxas',
      'Países',
      'Métodos de envio',
      'Câmbios',
      'Transportadoras',
    ]);
    await router.push('/reference-data/carriers');
    expect(router.currentRoute.value.path).toBe('/reference-data/carriers');
    wrapper.unmount();
  });

  it('when an order manager types the carriers address, then the guard sends them home', async () => {
    const { router, wrapper } = await openAs(['ORDER_MANAGE'], '/reference-data/carriers');
    // Home for an order manager is the dashboard, which reports on orders.
    expect(router.currentRoute.value.path).toBe('/');
    wrapper.unmount();
  });

  it('when a category admin opens reference data, then they land on the categories tab only', async () => {
    localStorage.clear();
    rememberAdmin(['CATEGORIES_VIEW']);
    installFakeServer({
      ...server,
      'GET /referenceData/productCategoryList': () => ({ data: [] }),
    });
    const { router, wrapper } = await mountRoute('/reference-data');
    expect(router.currentRoute.value.path).toBe('/reference-data/categories');
    expect(wrapper.findAll('.tabs a').map((a) => a.text())).toEqual(['Categorias']);
    await router.push('/reference-data/tariffs');
    expect(router.currentRoute.value.path).toBe('/reference-data/categories');
    wrapper.unmount();
  });
});
