import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';

const token = 'ab'.repeat(20);

describe('password and onboarding pages', () => {
  beforeEach(() => localStorage.clear());

  it('when a new admin follows the onboarding link, then a policy-abiding password is set', async () => {
    const { requests } = installFakeServer({
      [`GET /security/validatePasswordResetToken/${token}`]: () => ({ data: true }),
      'POST /security/resetPassword': () => ({ data: true }),
    });
    const { wrapper } = await mountRoute(`/onboarding/${token}`);
    expect(wrapper.text()).toContain('Bem-vindo');

    await wrapper.get('[data-testid="new-password"]').setValue('curta1');
    await wrapper.get('[data-testid="confirm-password"]').setValue('curta1');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.text()).toContain('Use pelo menos 8 caracteres.');

    await wrapper.get('[data-testid="new-password"]').setValue('anel-de-prata-925');
    await wrapper.get('[data-testid="confirm-password"]').setValue('anel-de-prata-925');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(requests.at(-1)?.body).toEqual({ token, newPassword: 'anel-de-prata-925' });
    expect(wrapper.find('[data-testid="password-set"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('when the link has expired, then the page says so and offers a new one', async () => {
    installFakeServer({
      [`GET /security/validatePasswordResetToken/${token}`]: () => ({ data: false }),
    });
    const { wrapper } = await mountRoute(`/password-reset/${token}`);

    expect(wrapper.get('[role="alert"]').text()).toContain('já não é válida');
    expect(wrapper.find('a[href$="/forgot-password"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('when a protected call answers 401, then the admin is sent to log in again', async () => {
    rememberAdmin(['ORDER_VIEW']);
    installFakeServer({
      'GET /security/isLoggedIn': () => ({ raw: 'true' }),
      'POST /orders/orderList': () => ({ status: 401, raw: 'only for logged in users' }),
    });
    const { router, wrapper } = await mountRoute('/orders');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(router.currentRoute.value.query).toMatchObject({ redirect: '/orders', expired: '1' });
    expect(localStorage.getItem('aneis.admin.session')).toBeNull();
    wrapper.unmount();
  });
});
