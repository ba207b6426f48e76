import { enableAutoUnmount } from '@vue/test-utils';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { useI18n } from '../i18n/i18n.js';
import AppHeader from './AppHeader.vue';

enableAutoUnmount(afterEach);

async function headerWithMenuOpen() {
  installFakeShopServer({ 'GET /ui/productCategoryList': () => ({ data: [] }) });
  const mounted = await mountWithShop(AppHeader);
  // Focus moves only between elements on the page.
  document.body.append(mounted.wrapper.element.parentElement as HTMLElement);
  await settle();
  const toggle = mounted.wrapper.get('button[aria-controls="site-nav"]');
  await toggle.trigger('click');
  expect(toggle.attributes('aria-expanded')).toBe('true');
  expect(mounted.wrapper.get('#site-nav').classes()).toContain('open');
  return { ...mounted, toggle };
}

const isOpen = (wrapper: Awaited<ReturnType<typeof headerWithMenuOpen>>['wrapper']) =>
  wrapper.get('#site-nav').classes().includes('open');

describe('AppHeader phone menu', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it.each([
    ['pt', 'Menu'],
    ['en', 'Menu'],
  ] as const)(
    'when the menu is open (%s) and Escape is pressed inside it, then it closes and focus goes back to its button',
    async (locale, label) => {
      useI18n().setLocale(locale);
      const { wrapper, toggle } = await headerWithMenuOpen();
      expect(toggle.text()).toBe(label);

      const link = wrapper.get('#site-nav a').element as HTMLElement;
      link.focus();
      link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await settle();

      expect(toggle.attributes('aria-expanded')).toBe('false');
      expect(isOpen(wrapper)).toBe(false);
      expect(document.activeElement).toBe(toggle.element);
    },
  );

  it('when the menu is closed, then Escape leaves focus where it is', async () => {
    const { wrapper, toggle } = await headerWithMenuOpen();
    await toggle.trigger('click');
    const search = wrapper.get('#site-search-input').element as HTMLElement;
    search.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(document.activeElement).toBe(search);
  });

  it('when the shopper goes to another page, then the menu closes', async () => {
    const { wrapper, router } = await headerWithMenuOpen();
    await router.push('/about');
    await settle();
    expect(isOpen(wrapper)).toBe(false);
  });

  it('when a link to the page already shown is followed, then the menu closes too', async () => {
    const { wrapper } = await headerWithMenuOpen();
    // The test router starts at "/": the home link changes no route.
    await wrapper.get('#site-nav a[href="/shopping/"]').trigger('click');
    await settle();
    expect(isOpen(wrapper)).toBe(false);
  });

  it('when the shopper taps elsewhere on the page, then the menu closes', async () => {
    const { wrapper } = await headerWithMenuOpen();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await settle();
    expect(isOpen(wrapper)).toBe(false);
  });
});
