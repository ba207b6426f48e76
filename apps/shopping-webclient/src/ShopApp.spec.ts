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
      'GET /shopping/getCart': () => Promise.reject(new TypeError('Failed to fetch')),
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

  it('when a guest has filled a cart, then the header counts its items too', async () => {
    installFakeShopServer({
      'GET /security/isLoggedIn': () => ({ raw: 'false' }),
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine({ counts: 2 })) }),
    });
    const { wrapper } = await mountApp('/about');

    expect(wrapper.get('[data-testid="cart-link"] .badge').text()).toBe('2');
    wrapper.unmount();
  });

  it('when a guest opens the cart, then it shows with a prompt to log in or sign up that leads back to checkout', async () => {
    installFakeShopServer({
      'GET /security/isLoggedIn': () => ({ raw: 'false' }),
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine({ counts: 2 })) }),
    });
    const { router, wrapper } = await mountApp('/cart');

    expect(router.currentRoute.value.name).toBe('cart');
    expect(wrapper.find('[data-testid="go-to-checkout"]').exists()).toBe(false);
    const prompt = wrapper.get('[data-testid="guest-checkout-prompt"]');
    expect(prompt.text()).toContain('Para finalizar a compra, entre na sua conta ou crie uma');
    expect(prompt.get('[data-testid="guest-checkout-login"]').attributes('href')).toBe(
      '/shopping/login?redirect=/checkout',
    );
    expect(prompt.get('[data-testid="guest-checkout-signup"]').attributes('href')).toBe(
      '/shopping/signup?redirect=/checkout',
    );
    wrapper.unmount();
  });

  it('when a guest goes to checkout and logs in, then the merged cart is loaded and checkout opens', async () => {
    let loggedIn = false;
    installFakeShopServer({
      'GET /security/isLoggedIn': () => ({ raw: String(loggedIn) }),
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine({ counts: loggedIn ? 5 : 2 })) }),
      'POST /security/login': () => {
        loggedIn = true;
        return {
          raw: JSON.stringify({
            email: 'a@b.pt',
            name: 'Ana',
            referral_token: 'x',
            emailConfirmed: true,
          }),
        };
      },
      'GET /user/address': () => ({ data: [] }),
    });
    const { router, wrapper } = await mountApp('/checkout');
    expect(router.currentRoute.value.name).toBe('login');
    // Pages are lazy chunks: on a busy machine the login page may take a moment to arrive.
    const prompt = await vi.waitFor(() => wrapper.get('[data-testid="guest-checkout-prompt"]'), {
      timeout: 5_000,
    });
    expect(prompt.text()).toContain('O seu carrinho fica como está');

    await wrapper.get('#login-email').setValue('a@b.pt');
    await wrapper.get('#login-password').setValue('secret123');
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('checkout'), {
      timeout: 5_000,
    });
    expect(wrapper.get('[data-testid="cart-link"] .badge').text()).toBe('5');
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
