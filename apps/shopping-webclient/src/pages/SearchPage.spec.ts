import type { ProductSummary } from '@aneis/contracts';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installFakeShopServer, type SeenCall } from '../../test/fake-shop-server.js';
import { settle } from '../../test/mount-with-shop.js';
import SearchPage from './SearchPage.vue';

const ring = (name: string, i: number): ProductSummary => ({
  _id: String(i).repeat(24),
  name,
  brand: 'Atelier Senhora',
  store: 'A SENHORA DOS ANÉIS',
  price: { amount: 120, currency: 'EUR' },
  thumbnailUrls: ['/images/t.webp'],
  category: { category: 'Noivado', subcategory: 'Solitário' },
});
const pageOf = (names: string[]) => ({
  docs: names.map(ring),
  total: names.length,
  limit: 12,
  page: 1,
  pages: 1,
});

type SearchBody = { searchFilters?: Record<string, unknown>; searchTerm?: string };

/** The page under a router that knows the search route, opened at `url`. */
async function openSearch(url: string, answer: (body: SearchBody) => string[]) {
  const { calls } = installFakeShopServer({
    'GET /ui/productCategoryList': () => ({ data: [] }),
    'POST /catalog/search': (call: SeenCall) => ({ data: pageOf(answer(call.body as SearchBody)) }),
  });
  setActivePinia(createPinia());
  const router = createRouter({
    history: createMemoryHistory('/shopping/'),
    routes: [{ path: '/search', name: 'search', component: { render: () => null } }],
  });
  await router.push(url);
  await router.isReady();
  const wrapper = mount(SearchPage, { global: { plugins: [createPinia(), router] } });
  await settle();
  const searches = () => calls.filter((call) => call.path === '/catalog/search');
  return { wrapper, router, searches };
}

describe('SearchPage filters', () => {
  beforeEach(() => localStorage.clear());

  it('when the URL holds filters, then the search sends them as searchFilters', async () => {
    const { wrapper, searches } = await openSearch(
      '/search?q=solitário&metal=platina&size=54&max=2000&stock=1',
      () => ['Solitário Aurora'],
    );
    expect(searches()[0]?.body).toMatchObject({
      searchTerm: 'solitário',
      searchFilters: { metal: 'platina', size: '54', maxPrice: 2000, inStock: true },
    });
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('1 anel encontrado');
    expect(wrapper.find('[data-testid="no-results"]').exists()).toBe(false);
  });

  it('when a metal and a size are chosen, then the URL carries them and paging restarts', async () => {
    const { wrapper, router } = await openSearch('/search?page=3', () => ['Aliança']);
    await wrapper.get('[data-testid="filter-metal"]').setValue('ouro-rosa');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ metal: 'ouro-rosa' });
    await wrapper.get('[data-testid="filter-size"]').setValue('60');
    await wrapper.get('[data-testid="filter-min-price"]').setValue('150');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ metal: 'ouro-rosa', size: '60', min: '150' });
  });

  it('when filters leave nothing, then rings without them are suggested and one click clears them', async () => {
    const { wrapper, router, searches } = await openSearch(
      '/search?q=aliança&metal=prata&size=70&sort=name',
      (body) => (body.searchFilters ? [] : ['Aliança Clássica', 'Aliança Diamantes']),
    );
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('0 anéis encontrados');
    const empty = wrapper.get('[data-testid="no-results"]');
    expect(empty.text()).toContain('Nenhum anel corresponde a estes filtros.');
    expect(empty.text()).toContain('Sem os filtros, encontrámos estes:');
    expect(empty.findAll('[data-testid="product-card"]')).toHaveLength(2);
    expect(searches()[1]?.body).toEqual({
      searchTerm: 'aliança',
      sortRule: 'name',
      pagingOptions: { page: 1, limit: 4 },
    });

    await wrapper.get('[data-testid="no-results-clear"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ q: 'aliança', sort: 'name' });
    expect(searches().at(-1)?.body).not.toHaveProperty('searchFilters');
    expect(wrapper.find('[data-testid="no-results"]').exists()).toBe(false);
  });

  it('when a plain search finds nothing, then the newest rings are offered instead', async () => {
    const { wrapper } = await openSearch('/search?q=relógio', (body) =>
      body.searchTerm ? [] : ['Solitário Aurora'],
    );
    const empty = wrapper.get('[data-testid="no-results"]');
    expect(empty.text()).toContain('Não encontrámos anéis para esta pesquisa.');
    expect(empty.text()).toContain('Talvez goste destes:');
    expect(empty.find('[data-testid="no-results-clear"]').exists()).toBe(false);
  });
});
