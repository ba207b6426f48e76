import type { Category } from '@aneis/contracts';
import { enableAutoUnmount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { categories } from '../../test/sample-data.js';
import { useI18n } from '../i18n/i18n.js';
import { useCategoriesStore } from '../stores/categories-store.js';
import CategoryMenu from './CategoryMenu.vue';

const [solitarios, meiaAlianca, ouro] = categories;
const WITH_PAGES: Category[] = [
  ...(solitarios ? [{ ...solitarios, slug: 'noivado-solitarios' }] : []),
  ...(meiaAlianca ? [{ ...meiaAlianca, slug: 'noivado-meia-alianca' }] : []),
  // Before the server's start-up backfill a category has no slug, so no page to link.
  ...(ouro ? [ouro] : []),
];

enableAutoUnmount(afterEach);

async function openMenu() {
  const server = installFakeShopServer({
    'GET /ui/productCategoryList': () => ({ data: WITH_PAGES }),
  });
  const mounted = await mountWithShop(CategoryMenu);
  await settle();
  return { ...mounted, server };
}

/** Closed, the list stays in the markup, out of sight and of the a11y tree (`hidden`). */
const shown = (element: { attributes(name: string): string | undefined }) =>
  element.attributes('hidden') === undefined;

const key = (name: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

describe('CategoryMenu', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it.each([
    ['pt', 'Categorias', 'Categorias de anéis'],
    ['en', 'Categories', 'Ring categories'],
  ] as const)(
    'when the categories are known (%s), then a closed button leads to each category page, grouped',
    async (locale, button, label) => {
      useI18n().setLocale(locale);
      const { wrapper, server } = await openMenu();

      const toggle = wrapper.get('[data-testid="category-menu-toggle"]');
      const nav = wrapper.get('[data-testid="category-menu"]');
      expect(toggle.text()).toContain(button);
      expect(toggle.attributes('aria-expanded')).toBe('false');
      expect(toggle.attributes('aria-controls')).toBe(nav.attributes('id'));
      expect(nav.attributes('aria-label')).toBe(label);
      expect(shown(nav)).toBe(false);
      expect(nav.findAll('ul a').map((a) => [a.text(), a.attributes('href')])).toEqual([
        ['Meia-aliança', '/shopping/categoria/noivado-meia-alianca'],
        ['Solitários', '/shopping/categoria/noivado-solitarios'],
      ]);
      // "Alianças" has no category with a page yet: no empty group.
      expect(nav.text()).not.toContain('Alianças');
      expect(server.calls.filter((c) => c.path === '/ui/productCategoryList')).toHaveLength(1);
    },
  );

  it('when the button is pressed, then the list opens; Escape closes it and focus goes back to the button', async () => {
    const { wrapper } = await openMenu();
    // Focus moves only between elements on the page.
    document.body.append(wrapper.element.parentElement as HTMLElement);
    const toggle = wrapper.get('[data-testid="category-menu-toggle"]');

    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(shown(wrapper.get('[data-testid="category-menu"]'))).toBe(true);

    (wrapper.get('[data-testid="category-menu"] a').element as HTMLElement).focus();
    key('Escape');
    await settle();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(shown(wrapper.get('[data-testid="category-menu"]'))).toBe(false);
    expect(document.activeElement).toBe(toggle.element);
  });

  it('when the shopper goes to another page, then the list closes', async () => {
    const { wrapper, router } = await openMenu();
    const toggle = wrapper.get('[data-testid="category-menu-toggle"]');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');

    await router.push('/categoria/noivado-solitarios');
    await settle();
    expect(toggle.attributes('aria-expanded')).toBe('false');
  });

  it('when the categories cannot be read, then there is no menu button at all', async () => {
    installFakeShopServer({
      'GET /ui/productCategoryList': () => ({ status: 503, error: 'down' }),
    });
    const { wrapper } = await mountWithShop(CategoryMenu);
    await settle();
    expect(wrapper.find('[data-testid="category-menu-toggle"]').exists()).toBe(false);
  });

  it('when the server renders the menu from its category list, then its HTML holds the links and the browser hydrates it without a mismatch', async () => {
    const server = installFakeShopServer({});
    const appWith = async () => {
      const pinia = createPinia();
      const router = createRouter({
        history: createMemoryHistory('/shopping/'),
        routes: [{ path: '/:rest(.*)*', component: { render: () => null } }],
      });
      const app = createSSRApp({ render: () => h(CategoryMenu) });
      app.use(pinia).use(router);
      await router.push('/');
      await router.isReady();
      return { app, pinia };
    };

    const rendered = await appWith();
    useCategoriesStore(rendered.pinia).categories = WITH_PAGES;
    const html = await renderToString(rendered.app);
    expect(html).toContain('href="/shopping/categoria/noivado-solitarios"');
    expect(html).toContain('aria-expanded="false"');
    // No style attribute: the Content-Security-Policy refuses inline styles in the HTML.
    expect(html).toMatch(/<nav[^>]*id="category-menu-panel"[^>]*hidden/);
    expect(html).not.toContain('style=');

    const browser = await appWith();
    browser.pinia.state.value = JSON.parse(JSON.stringify(rendered.pinia.state.value));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      browser.app.mount(container);
      await settle();
      const said = [...warn.mock.calls, ...error.mock.calls].map((call) => String(call[0]));
      expect(said.filter((text) => /hydrat/i.test(text))).toEqual([]);
    } finally {
      warn.mockRestore();
      error.mockRestore();
      browser.app.unmount();
      container.remove();
    }
    // The server's list is the app's: nothing fetched again.
    expect(server.calls).toEqual([]);
  });
});
