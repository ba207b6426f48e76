import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { installFakeShopServer } from '../test/fake-shop-server.js';
import { cartLine, cartOf } from '../test/sample-data.js';
import ShopApp from './ShopApp.vue';
import { useI18n } from './i18n/i18n.js';
import { createShopRouter } from './router/router.js';

async function mountApp(path = '/') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createShopRouter(createMemoryHistory('/shopping/'));
  await router.push(path);
  const wrapper = mount(ShopApp, { global: { plugins: [pinia, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

describe('ShopApp', () => {
  beforeEach(() => {
    localStorage.clear();
    useI18n().setLocale('pt');
  });

  it('when the server cannot be reached, then a visible banner says so', async () => {
    installFakeShopServer({
      'GET /security/isLoggedIn': () => Promise.reject(new TypeError('Failed to fetch')),
      'GET /ui/featured': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const { wrapper } = await mountApp('/about');

    expect(wrapper.get('[data-testid="offline-banner"]').text()).toContain(
      'Não conseguimos contactar a loja',
    );
    wrapper.unmount();
  });

  it('when the shopper is logged in, then the header counts the cart items', async () => {
    installFakeShopServer({
      'GET /security/isLoggedIn': () => ({ raw: 'true' }),
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine({ counts: 3 })) }),
    });
    const { wrapper } = await mountApp('/about');

    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="cart-link"] .badge').text()).toBe('3');
    wrapper.unmount();
  });

  it('when English is chosen, then the navigation is in English and the choice is kept', async () => {
    installFakeShopServer({ 'GET /security/isLoggedIn': () => ({ raw: 'false' }) });
    const { wrapper } = await mountApp('/about');

    await wrapper.get('[data-testid="language-switch"]').setValue('en');

    expect(wrapper.get('#site-nav').text()).toContain('About us');
    expect(localStorage.getItem('aneis.shop.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en-GB');
    wrapper.unmount();
  });

  it('when a logged-out shopper opens the orders, then the login page is shown with the way back', async () => {
    installFakeShopServer({ 'GET /security/isLoggedIn': () => ({ raw: 'false' }) });
    const { router, wrapper } = await mountApp('/orders');

    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query['redirect']).toBe('/orders');
    wrapper.unmount();
  });
});
