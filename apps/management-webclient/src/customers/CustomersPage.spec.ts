import type { AdminCustomerSummary } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };

function customer(email: string, blocked = false): AdminCustomerSummary {
  return {
    _id: email.length.toString(16).padStart(24, 'a'),
    email,
    name: email.split('@')[0] ?? email,
    blocked,
    emailConfirmed: true,
    createdAt: '2026-05-01T10:00:00.000Z',
  };
}

const page = (docs: AdminCustomerSummary[], pages = 1) => ({
  data: { docs, total: docs.length, limit: 20, page: 1, pages },
});

describe('customers page', () => {
  beforeEach(() => localStorage.clear());

  it('when customers are listed, then each links to its page and a blocked one says so', async () => {
    rememberAdmin(['CUSTOMER_VIEW']);
    installFakeServer({
      ...loggedIn,
      'POST /customers/list': () =>
        page([customer('rita@example.com'), customer('bloqueado@example.com', true)]),
    });
    const { wrapper } = await mountRoute('/customers');
    await flushPromises();
    const links = wrapper.findAll('[data-testid="customer-link"]');
    expect(links.map((link) => link.attributes('href'))).toEqual([
      expect.stringMatching(/\/customers\/[0-9a-f]{24}$/),
      expect.stringMatching(/\/customers\/[0-9a-f]{24}$/),
    ]);
    expect(wrapper.get('[data-testid="customer-row-bloqueado@example.com"]').text()).toContain(
      'Bloqueado',
    );
    wrapper.unmount();
  });

  it('when a name is searched, then it is sent as text, kept in the URL and starts on page 1', async () => {
    rememberAdmin(['CUSTOMER_VIEW']);
    const { requests } = installFakeServer({
      ...loggedIn,
      'POST /customers/list': () => page([customer('rita@example.com')], 3),
    });
    const { wrapper, router } = await mountRoute('/customers?page=3');
    await flushPromises();
    await wrapper.get('[data-testid="customers-search"]').setValue('  Rita ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ q: 'Rita' });
    const sent = requests.filter((r) => r.path === '/customers/list').at(-1)?.body;
    expect(sent).toEqual({ search: 'Rita', pagingOptions: { page: 1, limit: 20 } });
    wrapper.unmount();
  });

  it('when an order admin types the customers address, then the guard sends them home and nothing is asked', async () => {
    rememberAdmin(['ORDER_VIEW']);
    const { requests } = installFakeServer({ ...loggedIn });
    const { wrapper, router } = await mountRoute('/customers');
    expect(router.currentRoute.value.name).toBe('dashboard');
    expect(requests.some((r) => r.path === '/customers/list')).toBe(false);
    wrapper.unmount();
  });
});
