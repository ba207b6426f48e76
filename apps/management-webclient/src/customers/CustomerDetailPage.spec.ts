import type { CustomerDetail } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { answerConfirm, mountRoute, rememberAdmin } from '../testing/mount-route.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };
const ID = 'c0ffee00c0ffee00c0ffee00';

function detail(blocked = false): CustomerDetail {
  return {
    _id: ID,
    email: 'rita@example.com',
    name: 'Rita Almeida',
    blocked,
    emailConfirmed: true,
    createdAt: '2026-05-01T10:00:00.000Z',
    addresses: [
      {
        _id: 'a'.repeat(24),
        firstName: 'Rita',
        lastName: 'Almeida',
        addressLine1: 'Rua das Flores 5',
        city: 'Porto',
        state: 'Porto',
        zipCode: '4050-262',
        country: 'PT',
        mobilePhone: '+351 910 000 000',
      },
    ],
    orders: [
      {
        _id: 'b'.repeat(24),
        orderNumber: 'AN-2026-000042',
        overall_status: 'RECEIVED',
        payment_status: 'PAID',
        totalPrice: { amount: 120, currency: 'EUR' },
        createdOn: '2026-05-02T10:00:00.000Z',
      },
    ],
  };
}

const summary = ({ addresses: _a, orders: _o, ...rest }: CustomerDetail) => rest;

describe('customer page', () => {
  beforeEach(() => localStorage.clear());

  it('when a customer is opened, then their orders by AN- number and their addresses show', async () => {
    rememberAdmin(['CUSTOMER_VIEW']);
    installFakeServer({ ...loggedIn, 'GET /customers/customer': () => ({ data: detail() }) });
    const { wrapper } = await mountRoute(`/customers/${ID}`);
    await flushPromises();
    expect(wrapper.get('[data-testid="customer-name"]').text()).toBe('Rita Almeida');
    const order = wrapper.get('[data-testid="customer-order-number"]');
    expect(order.text()).toBe('AN-2026-000042');
    expect(order.attributes('href')).toMatch(/\/orders\/b{24}$/);
    expect(wrapper.get('[data-testid="customer-addresses"]').text()).toContain('Rua das Flores 5');
    // A viewer sees no buttons that the server would refuse.
    expect(wrapper.find('[data-testid="customer-block"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="customer-erase"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a manager blocks after confirming, then the block is sent and the page says blocked; declining sends nothing', async () => {
    rememberAdmin(['CUSTOMER_MANAGE']);
    const { requests } = installFakeServer({
      ...loggedIn,
      'GET /customers/customer': () => ({ data: detail() }),
      'POST /customers/block': () => ({ data: summary(detail(true)) }),
    });
    const { wrapper } = await mountRoute(`/customers/${ID}`);
    await flushPromises();

    await wrapper.get('[data-testid="customer-block"]').trigger('click');
    await answerConfirm(wrapper, false);
    expect(requests.some((r) => r.path === '/customers/block')).toBe(false);

    await wrapper.get('[data-testid="customer-block"]').trigger('click');
    const question = await answerConfirm(wrapper, true);
    expect(question).toContain('rita@example.com');
    expect(requests.find((r) => r.path === '/customers/block')?.body).toEqual({ customerId: ID });
    expect(wrapper.get('[data-testid="customer-state"]').text()).toBe('Bloqueado');
    expect(wrapper.find('[data-testid="customer-unblock"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('when a manager erases, then the dialog names what is lost and what is kept, and the result is said', async () => {
    rememberAdmin(['CUSTOMER_MANAGE']);
    const { requests } = installFakeServer({
      ...loggedIn,
      'GET /customers/customer': () => ({ data: detail() }),
      'POST /customers/erase': () => ({ data: { customerId: ID, ordersAnonymised: 1 } }),
    });
    const { wrapper } = await mountRoute(`/customers/${ID}`);
    await flushPromises();
    await wrapper.get('[data-testid="customer-erase"]').trigger('click');
    const question = await answerConfirm(wrapper, true);
    expect(question).toContain('rita@example.com');
    expect(question).toMatch(/encomendas ficam/i);
    expect(question).toMatch(/não pode ser desfeito/i);
    expect(requests.find((r) => r.path === '/customers/erase')?.body).toEqual({ customerId: ID });
    expect(wrapper.get('[data-testid="customer-notice"]').text()).toContain('1 encomenda');
    expect(wrapper.find('[data-testid="customer-name"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a manager exports, then the answer is downloaded as a JSON file named after the customer', async () => {
    rememberAdmin(['CUSTOMER_MANAGE']);
    const exported = { exportedAt: '2026-05-03T10:00:00.000Z', account: summary(detail()) };
    installFakeServer({
      ...loggedIn,
      'GET /customers/customer': () => ({ data: detail() }),
      'POST /customers/export': () => ({ data: exported }),
    });
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });

    const { wrapper } = await mountRoute(`/customers/${ID}`);
    await flushPromises();
    await wrapper.get('[data-testid="customer-export"]').trigger('click');
    await flushPromises();

    expect(clicked).toEqual([`customer-${ID}.json`]);
    const [blob] = blobs;
    if (!blob) throw new Error('nothing was handed to the browser as a file');
    expect(JSON.parse(await blob.text())).toEqual(exported);
    expect(wrapper.get('[data-testid="customer-notice"]').text()).toContain(`customer-${ID}.json`);
    click.mockRestore();
    wrapper.unmount();
  });
});
