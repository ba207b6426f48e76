import type { ProductSummary } from '@aneis/contracts';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { categories, ids } from '../../test/sample-data.js';
import { useI18n } from '../i18n/i18n.js';
import ProductCard from './ProductCard.vue';

const slugged = categories.map((row, index) => ({ ...row, slug: `categoria-${index + 1}` }));

function summary(subcategory: string): ProductSummary {
  return {
    _id: ids.product,
    slug: 'solitario-aurora',
    name: 'Solitário Aurora',
    brand: 'Atelier',
    store: 'ANEIS',
    price: { amount: 1290, currency: 'EUR' },
    thumbnailUrls: ['/images/t.webp'],
    category: { category: 'Noivado', subcategory },
  };
}

describe('ProductCard', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it.each([
    ['pt', 'IVA incluído'],
    ['en', 'VAT included'],
  ] as const)(
    'when a card shows a price (%s), then it says the IVA is included and its category links the category page',
    async (locale, vat) => {
      useI18n().setLocale(locale);
      const { calls } = installFakeShopServer({
        'GET /ui/productCategoryList': () => ({ data: slugged }),
      });
      // Two cards shown together ask for the category list once; the card below, in a fresh
      // app, asks again: two requests in all.
      await mountWithShop({
        components: { ProductCard },
        setup: () => ({ one: summary('Meia-aliança'), two: summary('Solitários') }),
        template: '<div><ProductCard :product="one" /><ProductCard :product="two" /></div>',
      });
      const { wrapper } = await mountWithShop(ProductCard, { product: summary('Meia-aliança') });
      await settle();

      expect(wrapper.get('[data-testid="vat-included"]').text()).toBe(vat);
      const link = wrapper.get('[data-testid="category-link"]');
      expect(link.attributes('href')).toBe('/shopping/categoria/categoria-2');
      expect(link.text()).toBe('Meia-aliança');
      expect(calls.filter((call) => call.path === '/ui/productCategoryList')).toHaveLength(2);
    },
  );

  it('when the category has no page (no slug) or the list cannot be read, then its name is plain text, never a search link', async () => {
    installFakeShopServer({
      'GET /ui/productCategoryList': () => ({ data: categories }),
    });
    const { wrapper } = await mountWithShop(ProductCard, { product: summary('Solitários') });
    await settle();
    expect(wrapper.find('[data-testid="category-link"]').exists()).toBe(false);
    expect(wrapper.get('.product-card__meta').text()).toBe('Atelier · Solitários');

    installFakeShopServer({
      'GET /ui/productCategoryList': () => ({ status: 503, error: 'down' }),
    });
    const failed = await mountWithShop(ProductCard, { product: summary('Solitários') });
    await settle();
    expect(failed.wrapper.find('[data-testid="category-link"]').exists()).toBe(false);
    expect(failed.wrapper.html()).not.toContain('search?category');
  });
});
