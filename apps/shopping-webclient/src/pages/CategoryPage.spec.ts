import type { Category, ProductSummary } from '@aneis/contracts';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { settle } from '../../test/mount-with-shop.js';
import { useI18n } from '../i18n/i18n.js';
import { usePageDataStore } from '../stores/page-data-store.js';
import CategoryPage from './CategoryPage.vue';

const category: Category = {
  _id: 'c'.repeat(24),
  category: 'Noivado',
  subcategory: 'Solitário',
  slug: 'noivado-solitario',
};
const ring = (name: string, i: number): ProductSummary => ({
  _id: String(i).repeat(24),
  name,
  slug: `ring-${i}`,
  brand: 'Atelier Senhora',
  store: 'A SENHORA DOS ANÉIS',
  price: { amount: 1234.5, currency: 'EUR' },
  thumbnailUrls: ['https://images.example.com/t.webp'],
  category: { category: 'Noivado', subcategory: 'Solitário' },
});

async function openCategory(slug: string, pinia: Pinia = createPinia()) {
  const { calls } = installFakeShopServer({
    'GET /ui/productCategoryList': () => ({ data: [category] }),
    'POST /catalog/search': () => ({
      data: { docs: [ring('Solitário Aurora', 1)], total: 1, limit: 24, page: 1, pages: 1 },
    }),
  });
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory('/shopping/'),
    routes: [
      { path: '/categoria/:slug', name: 'category', component: { render: () => null } },
      { path: '/', name: 'home', component: { render: () => null } },
      { path: '/search', name: 'search', component: { render: () => null } },
      { path: '/anel/:slug', name: 'product-by-slug', component: { render: () => null } },
    ],
  });
  await router.push(`/categoria/${slug}`);
  await router.isReady();
  const wrapper = mount(CategoryPage, { props: { slug }, global: { plugins: [pinia, router] } });
  await settle();
  return { wrapper, calls };
}

describe('CategoryPage', () => {
  beforeEach(() => {
    localStorage.clear();
    useI18n().setLocale('pt');
  });

  it('when a category is opened in the app, then it shows its heading, its rings with prices and links, and a link to the search with its filters', async () => {
    const { wrapper, calls } = await openCategory('noivado-solitario');

    expect(wrapper.get('h1').text()).toBe('Noivado · Solitário');
    expect(wrapper.get('[data-testid="category-count"]').text()).toBe('1 anel nesta categoria');
    const card = wrapper.get('[data-testid="product-card"]');
    expect(card.text()).toContain('Solitário Aurora');
    expect(card.text()).toContain('1234,50\u00a0€');
    expect(card.get('a').attributes('href')).toBe('/shopping/anel/ring-1');
    expect(wrapper.get('[data-testid="category-search"]').attributes('href')).toBe(
      '/shopping/search?category=Noivado&subcategory=Solit%C3%A1rio',
    );
    const search = calls.find((call) => call.path === '/catalog/search');
    expect(search?.body).toMatchObject({ categoryIds: [category._id] });
  });

  it('when the server rendered the page, then the app shows its data without asking again', async () => {
    const pinia = createPinia();
    usePageDataStore(pinia).keep({
      category: { category, products: [ring('Aliança Preloaded', 2)], total: 1 },
    });

    const { wrapper, calls } = await openCategory('noivado-solitario', pinia);

    expect(wrapper.get('[data-testid="product-card"]').text()).toContain('Aliança Preloaded');
    expect(calls.filter((call) => call.path === '/catalog/search')).toEqual([]);
  });

  it('when the shopper reads English, then the page’s own words are English', async () => {
    useI18n().setLocale('en');
    const { wrapper } = await openCategory('noivado-solitario');
    expect(wrapper.get('[data-testid="category-count"]').text()).toBe('1 ring in this category');
    expect(wrapper.get('[data-testid="category-search"]').text()).toBe(
      'Search this category with every filter',
    );
  });

  it('when no category has the slug, then the page says it was not found', async () => {
    const { wrapper } = await openCategory('nao-existe');
    expect(wrapper.find('h1').text()).toMatch(/não encontrada|não existe/i);
    expect(wrapper.find('[data-testid="product-card"]').exists()).toBe(false);
  });
});
