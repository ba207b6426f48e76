import type { AdminOrderDetail, AuditLog, LineProcessing, OrderStatus } from '@aneis/contracts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export function auditBy(email: string, name = 'Ana'): AuditLog {
  const at = '2026-05-01T10:00:00.000Z';
  return { createdBy: { email, name }, updatedBy: { email, name }, createdOn: at, updatedOn: at };
}

/** An order with one line per given line state (undefined = not confirmed yet). */
export function orderFixture(
  status: OrderStatus,
  lines: (LineProcessing | undefined)[] = [undefined],
): AdminOrderDetail {
  return {
    _id: 'a0000000000000000000000a',
    overall_status: status,
    user_email: 'cliente@example.pt',
    mailing_address: {
      _id: 'b0000000000000000000000b',
      firstName: 'Inês',
      lastName: 'Silva',
      addressLine1: 'Rua das Flores 1',
      city: 'Porto',
      state: 'Porto',
      country: 'PT',
      mobilePhone: '+351 912 345 678',
    },
    payment_info: [],
    payment_status: 'AWAITING_PAYMENT',
    comments: [],
    auditLog: auditBy('cliente@example.pt', 'CUSTOMER'),
    cart: {
      totalWeight: { quantity: 0.1, unit: 'KG' },
      subTotalPrice: eur(100),
      serviceCharge: eur(5),
      shippingPrice: eur(4),
      tariffPrice: eur(0),
      totalPrice: eur(109),
      // 100 € at 23 %: 10 000 × 23 / 123 = 1 869,9 → 18,70 €.
      vatPrice: eur(18.7),
      vatLines: [{ ratePercent: 23, vatPrice: eur(18.7) }],
      items: lines.map((details, index) => ({
        _id: `c00000000000000000000${String(index).padStart(3, '0')}`,
        counts: 1,
        aggregatedPrice: eur(100),
        vatPercent: 23,
        vatPrice: eur(18.7),
        aggregatedWeight: { quantity: 0.1, unit: 'KG' },
        ...(details ? { order_line_level_processing_details: details } : {}),
        product: {
          _id: 'd0000000000000000000000d',
          store: 'Atelier',
          brand: 'Aneis',
          name: 'Anel de prata',
          store_sku: 'AN-1',
          category: { _id: 'e0000000000000000000000e', category: 'Anéis', subcategory: 'Prata' },
          tariff: { _id: 'f0000000000000000000000f', name: 'Joalharia', rates: {} },
          thumbnailUrls: [],
          featuredImageUrls: [],
          detailedImageUrls: [],
          price: eur(100),
          weight: { quantity: 0.1, unit: 'KG' },
          details_html: '<p>Anel</p>',
          active: true,
          auditLog: auditBy('boss@aneis.pt'),
        },
      })),
    },
  };
}

/** The order as paid `source` (its whole total), in payment state `status`. */
export function paidWith(
  order: AdminOrderDetail,
  source: AdminOrderDetail['payment_info'][number]['source'],
  status: AdminOrderDetail['payment_status'],
): AdminOrderDetail {
  const pending = status === 'AWAITING_PAYMENT';
  return {
    ...order,
    payment_status: status,
    payment_info: [
      {
        source,
        type: source === 'STRIPE' ? 'AUTHORIZATION' : pending ? 'PENDING' : 'SALE',
        payment_id: '0',
        transaction_id: '0',
        amount_in_usd: order.cart.totalPrice,
        amount_in_payment_currency: order.cart.totalPrice,
      },
    ],
  };
}
