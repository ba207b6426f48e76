import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import SignupPage from './SignupPage.vue';

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountWithShop>>['wrapper']) {
  await wrapper.get('#signup-name').setValue('Ana');
  await wrapper.get('#signup-email').setValue('ana@example.com');
  await wrapper.get('#signup-password').setValue('segredo123');
  await wrapper.get('#signup-confirm').setValue('segredo123');
  await wrapper.get('form').trigger('submit');
  await settle();
}

describe('SignupPage', () => {
  beforeEach(() => localStorage.clear());

  it('when the address already has an account (409), then the page says so in Portuguese', async () => {
    installFakeShopServer({
      'POST /security/signup': () => ({
        status: 409,
        error: 'An account with this e-mail address already exists',
      }),
    });
    const { wrapper } = await mountWithShop(SignupPage);
    await fillAndSubmit(wrapper);

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Já existe uma conta com este e-mail. Entre, ou redefina a palavra-passe se a esqueceu.',
    );
    expect(wrapper.find('[data-testid="signup-done"]').exists()).toBe(false);
  });

  it('when an empty form is refused on a Portuguese page, then each field says why in Portuguese', async () => {
    installFakeShopServer({
      'POST /security/signup': () => ({
        status: 400,
        error: 'Invalid request: email: must not be empty; password: must be at least 8 characters',
        code: 'VALIDATION_FAILED',
        fields: [
          { path: 'email', code: 'required' },
          { path: 'email', code: 'invalid_email' },
          { path: 'password', code: 'too_short', limit: 8 },
          { path: 'name', code: 'required' },
        ],
      }),
    });
    const { wrapper } = await mountWithShop(SignupPage);
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(wrapper.get('#signup-name-error').text()).toBe('Campo obrigatório.');
    expect(wrapper.get('#signup-email-error').text()).toBe('Campo obrigatório.');
    expect(wrapper.get('#signup-password-error').text()).toBe(
      'Demasiado curto: pelo menos 8 caracteres.',
    );
    expect(wrapper.get('#signup-email').attributes('aria-describedby')).toBe('signup-email-error');
    expect(wrapper.text()).not.toContain('Invalid request');
    expect(wrapper.text()).toContain('Alguns campos precisam de correção.');
  });

  it('when the sign-up succeeds, then the page tells where the confirmation went', async () => {
    installFakeShopServer({
      'POST /security/signup': () => ({ data: { email: 'ana@example.com', name: 'Ana' } }),
    });
    const { wrapper } = await mountWithShop(SignupPage);
    await fillAndSubmit(wrapper);

    expect(wrapper.get('[data-testid="signup-done"]').text()).toContain('ana@example.com');
  });

  it('when a guest on the way to checkout signs up, then the page says the cart is kept and leads to login and back', async () => {
    installFakeShopServer({
      'POST /security/signup': () => ({ data: { email: 'ana@example.com', name: 'Ana' } }),
    });
    const { wrapper, router } = await mountWithShop(SignupPage);
    await router.push('/signup?redirect=/checkout');
    await fillAndSubmit(wrapper);

    const kept = wrapper.get('[data-testid="signup-cart-kept"]');
    expect(kept.text()).toContain('O seu carrinho ficou guardado na nova conta');
    expect(kept.get('[data-testid="signup-continue-login"]').attributes('href')).toBe(
      '/shopping/login?redirect=/checkout',
    );
  });

  it('when someone signs up without a destination, then no cart note is shown', async () => {
    installFakeShopServer({
      'POST /security/signup': () => ({ data: { email: 'ana@example.com', name: 'Ana' } }),
    });
    const { wrapper } = await mountWithShop(SignupPage);
    await fillAndSubmit(wrapper);

    expect(wrapper.find('[data-testid="signup-cart-kept"]').exists()).toBe(false);
  });
});
