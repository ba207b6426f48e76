import { createHttpClient, createManagementApi } from '@aneis/web-api';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import ManagementApp from './ManagementApp.vue';
import { setManagementApi, useManagementApi } from './api/management-api.js';
import { createAdminRouter } from './router/router.js';
import { installFakeServer, type FakeRoutes } from './testing/fake-server.js';

const dashboard = {
  generatedAt: '2026-05-01T10:00:00.000Z',
  currency: 'EUR',
  revenue: {
    today: { amount: 10, currency: 'EUR' },
    last7Days: { amount: 70, currency: 'EUR' },
    last30Days: { amount: 300, currency: 'EUR' },
  },
  orderCounts: { today: 1, last7Days: 7, last30Days: 30 },
  awaitingPayment: { orders: 2, amount: { amount: 245.5, currency: 'EUR' } },
  ordersByStatus: { RECEIVED: 1, CONFIRMED: 0, 'IN-PROGRESS': 0, COMPLETED: 29, CANCELLED: 0 },
  topProductsByUnits: [],
  topProductsByRevenue: [],
  lowStock: [],
};

async function mountApp(
  routes: FakeRoutes,
  path = '/',
  permissions?: string[],
  fetchOverride?: typeof fetch,
) {
  localStorage.clear();
  if (permissions) {
    localStorage.setItem(
      'aneis.admin.session',
      JSON.stringify({ email: 'ana@aneis.pt', name: 'Ana', permissions }),
    );
  }
  const server = installFakeServer(routes);
  if (fetchOverride) {
    setManagementApi(
      createManagementApi(
        createHttpClient({ baseUrl: 'http://management.test', fetch: fetchOverride }),
      ),
    );
  }
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAdminRouter(createMemoryHistory('/management/'));
  await router.push(path);
  const wrapper = mount(ManagementApp, { global: { plugins: [pinia, router] } });
  await flushPromises();
  return { wrapper, router, server };
}

describe('ManagementApp', () => {
  it('when nobody is logged in, then any page leads to the login form and back after it', async () => {
    const { wrapper, router } = await mountApp({
      'GET /security/isLoggedIn': () => ({ raw: 'false' }),
      'POST /security/login': () => ({
        raw: JSON.stringify({ email: 'ana@aneis.pt', name: 'Ana', permissions: ['ORDER_VIEW'] }),
      }),
      'GET /dashboard/summary': () => ({ data: dashboard }),
    });
    expect(router.currentRoute.value.name).toBe('login');
    expect(wrapper.find('[data-testid="main-nav"]').exists()).toBe(false);

    await wrapper.get('[data-testid="login-email"]').setValue('ana@aneis.pt');
    await wrapper.get('[data-testid="login-password"]').setValue('segredo123');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'));
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="orders-last30Days"]').text()).toBe('30'),
    );
    // What nobody paid yet is shown apart from revenue.
    expect(wrapper.get('[data-testid="awaiting-orders"]').text()).toBe('2');
    expect(wrapper.get('[data-testid="awaiting-amount"]').text()).toMatch(/^245,50\s€$/);
    expect(wrapper.text()).toContain('A receita conta só encomendas pagas.');
  });

  it('when the login is refused, then the reason is shown in place', async () => {
    const { wrapper } = await mountApp({
      'GET /security/isLoggedIn': () => ({ raw: 'false' }),
      'POST /security/login': () => ({ status: 401, raw: 'Unauthorized' }),
    });
    await wrapper.get('[data-testid="login-email"]').setValue('ana@aneis.pt');
    await wrapper.get('[data-testid="login-password"]').setValue('errada');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('palavra-passe errados');
  });

  it('when an e-mailed hash link is opened, then the password page takes it', async () => {
    const token = 'a'.repeat(40);
    const { router } = await mountApp(
      { 'GET /security/validatePasswordResetToken/:token': () => ({ data: true }) },
      `/#/password-reset/${token}`,
    );
    expect(router.currentRoute.value.fullPath).toBe(`/password-reset/${token}`);
  });

  it('when a call gets no answer, then the unreachable banner appears and retry clears it', async () => {
    let down = true;
    const { wrapper } = await mountApp({}, '/login', undefined, async () => {
      if (down) throw new TypeError('Failed to fetch');
      return new Response('false');
    });
    await useManagementApi()
      .call('GET /security/isLoggedIn')
      .catch(() => undefined);
    await flushPromises();
    expect(wrapper.get('[data-testid="offline-banner"]').text()).toContain('servidor de gestão');

    down = false;
    await wrapper.get('[data-testid="offline-banner"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false);
  });
});
