import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { categories } from '../../test/sample-data.js';
import { useI18n } from '../i18n/i18n.js';
import AppFooter from './AppFooter.vue';

describe('AppFooter', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it('when the categories are known, then each with a page is linked at /categoria/<slug>, grouped, and none as a search', async () => {
    useI18n().setLocale('en');
    installFakeShopServer({
      'GET /ui/productCategoryList': () => ({
        data: [
          { ...categories[0], slug: 'noivado-solitarios' },
          { ...categories[1], slug: 'noivado-meia-alianca' },
          // Before the server's start-up backfill a category has no slug, so no page yet.
          categories[2],
        ],
      }),
    });
    const { wrapper } = await mountWithShop(AppFooter);
    await settle();

    const nav = wrapper.get('[data-testid="footer-categories"]');
    expect(nav.attributes('aria-label')).toBe('Categories');
    expect(nav.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Meia-aliança', '/shopping/categoria/noivado-meia-alianca'],
      ['Solitários', '/shopping/categoria/noivado-solitarios'],
    ]);
    expect(wrapper.html()).not.toContain('search?category');
  });

  it('when the categories cannot be read, then the footer keeps its other links', async () => {
    installFakeShopServer({
      'GET /ui/productCategoryList': () => ({ status: 503, error: 'down' }),
    });
    const { wrapper } = await mountWithShop(AppFooter);
    await settle();

    expect(wrapper.find('[data-testid="footer-categories"]').exists()).toBe(false);
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/shopping/about',
      '/shopping/faq',
      '/shopping/contact',
    ]);
  });
});
