import type { UserOrderDetail } from '@aneis/contracts';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { ids } from '../../test/sample-data.js';
import { useI18n } from '../i18n/i18n.js';
import OrderDetailPage from './OrderDetailPage.vue';

type Shipment = NonNullable<
  NonNullable<
    UserOrderDetail['cart']['items'][number]['order_line_level_processing_details']
  >['shipment']
>;

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const orderId = 'e'.repeat(24);

function shippedOrder(shipment?: Shipment): UserOrderDetail {
  return {
    _id: orderId,
    orderNumber: 'AN-2026-000123',
    overall_status: 'IN-PROGRESS',
    cart: {
      items: [
        {
          _id: ids.line,
          product: {
            _id: ids.product,
            name: 'Solitário Aurora',
            brand: 'Atelier',
            store: 'ANEIS',
            thumbnailUrls: [],
            price: eur(120),
          },
          counts: 1,
          aggregatedPrice: eur(120),
          order_line_level_processing_details: shipment
            ? { status: 'SHIPPED', shipment }
            : { status: 'PROCESSING' },
        },
      ],
      totalWeight: { quantity: 0.01, unit: 'KG' },
      subTotalPrice: eur(120),
      serviceCharge: eur(0),
      shippingPrice: eur(5),
      tariffPrice: eur(0),
      totalPrice: eur(125),
    },
    payment_info: [
      {
        source: 'CASH_ON_DELIVERY',
        type: 'PENDING',
        amount_in_usd: eur(125),
        amount_in_payment_currency: eur(125),
      },
    ],
    mailing_address: {
      _id: 'f'.repeat(24),
      firstName: 'Ana',
      lastName: 'Silva',
      addressLine1: 'Rua Augusta 1',
      city: 'Lisboa',
      state: 'Lisboa',
      zipCode: '1100-048',
      country: 'PT',
      mobilePhone: '+351 912 345 678',
    },
    payment_status: 'AWAITING_PAYMENT',
    auditLog: { createdOn: '2026-05-01T10:00:00.000Z' },
  } as UserOrderDetail;
}

async function openWith(shipment?: Shipment, extra: Partial<UserOrderDetail> = {}) {
  installFakeShopServer({
    'GET /ui/countries': () => ({
      data: [{ code: 'PT', name: 'Portugal', currency: 'EUR', active: true }],
    }),
    'GET /user/orderDetails': () => ({ data: { ...shippedOrder(shipment), ...extra } }),
  });
  const { wrapper } = await mountWithShop(OrderDetailPage, { orderId });
  await settle();
  return wrapper;
}

describe('OrderDetailPage', () => {
  beforeEach(() => localStorage.clear());

  it('when the order is paid on delivery, then it reads as awaiting payment and the method in words', async () => {
    const wrapper = await openWith({
      provider: 'CTT',
      tracking_number: 'RR1',
      service: 'Registado',
    });
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('A aguardar pagamento');
    expect(wrapper.get('[data-testid="payment-line"]').text()).toMatch(
      /^Pagamento na entrega — 125,00\s€$/,
    );
  });

  it('when the shopper reads in English, then the payment state is in English', async () => {
    useI18n().setLocale('en');
    try {
      const wrapper = await openWith({ provider: 'CTT', tracking_number: 'R', service: 'S' });
      expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('Awaiting payment');
    } finally {
      useI18n().setLocale('pt');
    }
  });

  it('when a line was shipped by a carrier with a tracking page, then its name and a link to the parcel show', async () => {
    const wrapper = await openWith({
      provider: 'CTT',
      tracking_number: 'RR123456789PT',
      service: 'Registado',
      provider_name: 'CTT Correios de Portugal',
      tracking_url: 'https://www.ctt.pt/track?objects=RR123456789PT',
    });

    expect(wrapper.get('[data-testid="line-tracking"]').text()).toBe(
      'CTT Correios de Portugal, n.º de seguimento RR123456789PT',
    );
    const link = wrapper.get('[data-testid="line-tracking-link"]');
    expect(link.attributes('href')).toBe('https://www.ctt.pt/track?objects=RR123456789PT');
    expect(link.attributes('rel')).toBe('noopener noreferrer');
    expect(link.text()).toBe('Seguir a encomenda');
  });

  it('when the order has a human number, then the page names it by that number, never by its id', async () => {
    const wrapper = await openWith({
      provider: 'CTT',
      tracking_number: 'RR1PT',
      service: 'Registado',
    });
    expect(wrapper.get('[data-testid="order-number"]').text()).toBe('AN-2026-000123');
    expect(wrapper.text()).not.toContain(orderId);
  });

  it('when an old order names only a carrier code, then the code shows and no link', async () => {
    const wrapper = await openWith({
      provider: 'DHL',
      tracking_number: 'JD0001234',
      service: 'Express',
    });

    expect(wrapper.get('[data-testid="line-tracking"]').text()).toBe(
      'DHL, n.º de seguimento JD0001234',
    );
    expect(wrapper.find('[data-testid="line-tracking-link"]').exists()).toBe(false);
  });

  it('when a tracking URL is not https, then it is not made a link', async () => {
    const wrapper = await openWith({
      provider: 'CTT',
      tracking_number: 'RR1',
      service: 'Registado',
      provider_name: 'CTT',
      tracking_url: 'javascript:alert(1)',
    });

    expect(wrapper.get('[data-testid="line-tracking"]').text()).toContain('CTT');
    expect(wrapper.find('[data-testid="line-tracking-link"]').exists()).toBe(false);
  });

  it('when the order awaits a bank transfer, then IBAN in fours, holder, reference, amount and deadline show and the IBAN copies', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const wrapper = await openWith(undefined, {
      bank_transfer: {
        iban: 'PT50000201231234567890154',
        beneficiary: 'A Senhora dos Anéis, Lda.',
        reference: 'AN-2026-000123',
        amount: eur(125),
        deadline: '2026-05-04',
      },
    });

    expect(wrapper.get('[data-testid="transfer-iban"]').text()).toBe(
      'PT50 0002 0123 1234 5678 9015 4',
    );
    expect(wrapper.get('[data-testid="transfer-beneficiary"]').text()).toBe(
      'A Senhora dos Anéis, Lda.',
    );
    expect(wrapper.get('[data-testid="transfer-reference"]').text()).toBe('AN-2026-000123');
    expect(wrapper.get('[data-testid="transfer-deadline"]').text()).toBe('4 de maio de 2026');
    expect(wrapper.get('[data-testid="bank-transfer"]').text()).toContain('125,00');
    await wrapper.get('[data-testid="copy-iban"]').trigger('click');
    await settle();
    expect(writeText).toHaveBeenCalledWith('PT50000201231234567890154');
    expect(wrapper.get('[data-testid="copy-iban"]').text()).toBe('Copiado');
  });

  it('when the order has no transfer to pay, then no transfer instructions show', async () => {
    const wrapper = await openWith();

    expect(wrapper.find('[data-testid="bank-transfer"]').exists()).toBe(false);
  });
});

describe('OrderDetailPage after the sale', () => {
  beforeEach(() => localStorage.clear());

  function returnedOrder(
    paymentStatus: UserOrderDetail['payment_status'],
  ): Partial<UserOrderDetail> {
    const order = shippedOrder();
    const [line] = order.cart.items;
    if (!line) throw new Error('the sample has one line');
    return {
      overall_status: 'COMPLETED',
      return_status: 'PARTIALLY_RETURNED',
      payment_status: paymentStatus,
      cart: {
        ...order.cart,
        items: [
          {
            ...line,
            counts: 2,
            returned: 1,
            order_line_level_processing_details: { status: 'DELIVERED' },
          },
        ],
      },
      payment_info: [
        {
          source: 'STRIPE',
          type: 'CAPTURE',
          amount_in_usd: eur(125),
          amount_in_payment_currency: eur(125),
        },
        {
          source: 'STRIPE',
          type: 'REFUND',
          amount_in_usd: eur(60),
          amount_in_payment_currency: eur(60),
        },
      ],
    };
  }

  it('when a line was partly returned and refunded, then the page says so in words and lists the refund apart', async () => {
    const wrapper = await openWith(undefined, returnedOrder('PARTIALLY_REFUNDED'));
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('Parcialmente reembolsado');
    expect(wrapper.get('[data-testid="after-sale-note"]').text()).toBe(
      'Recebemos a devolução de artigos desta encomenda e devolvemos-lhe o valor correspondente.',
    );
    expect(wrapper.get('[data-testid="line-returned"]').text()).toBe('Devolvido: 1');
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Concluída');
    expect(wrapper.get('[data-testid="order-return-status"]').text()).toBe('Devolvida em parte');
    const payments = wrapper.findAll('[data-testid="payment-line"]').map((line) => line.text());
    expect(payments[0]).toMatch(/^Cartão — 125,00\s€$/);
    expect(payments[1]).toMatch(/^Reembolso: Cartão — 60,00\s€$/);
  });

  it('when every unit came back, then the order reads as returned, in English too', async () => {
    const whole = { ...returnedOrder('REFUNDED'), return_status: 'RETURNED' as const };
    const wrapper = await openWith(undefined, whole);
    expect(wrapper.get('[data-testid="order-return-status"]').text()).toBe('Devolvida');
    useI18n().setLocale('en');
    try {
      await settle();
      expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Completed');
      expect(wrapper.get('[data-testid="order-return-status"]').text()).toBe('Returned');
    } finally {
      useI18n().setLocale('pt');
    }
  });

  it('when a paid order was cancelled and refunded, then the shopper reads it in English too', async () => {
    useI18n().setLocale('en');
    try {
      const wrapper = await openWith(undefined, {
        overall_status: 'CANCELLED',
        payment_status: 'REFUNDED',
      });
      expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Cancelled');
      expect(wrapper.get('[data-testid="after-sale-note"]').text()).toBe(
        'This order was cancelled and what you paid was refunded.',
      );
    } finally {
      useI18n().setLocale('pt');
    }
  });

  it('when nothing happened after the sale, then no note is shown', async () => {
    const wrapper = await openWith();
    expect(wrapper.find('[data-testid="after-sale-note"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="order-return-status"]').exists()).toBe(false);
  });
});
