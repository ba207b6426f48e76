import { readOutbox } from '@aneis/mail';
import { paymentDeadline } from '../src/orders/bank-transfer-instructions.js';
import { customerWithCheckout, seedProduct, seedReferenceData } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;

// Not the demo account: proves the settings, not a default, reach the page and the mail.
const account = {
  BANK_TRANSFER_IBAN: 'de89 3704 0044 0532 0130 00',
  BANK_TRANSFER_BENEFICIARY: 'Aneis Teste Lda',
  BANK_TRANSFER_DEADLINE_DAYS: '5',
};

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  shop = await harness.start({ env: account });
});

async function placeOrder(email: string, method: 'BANK_TRANSFER' | 'CASH_ON_DELIVERY') {
  const product = await seedProduct(harness.models, refs, { stock: 5 });
  const { agent, checkoutId } = await customerWithCheckout(
    shop,
    harness.models,
    email,
    String(product._id),
    1,
  );
  await agent.post('/orders/completeCheckoutManually').send({ checkoutId, method }).expect(200);
  const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
  return { agent, checkoutId, order: details.body.responseData };
}

describe('bank-transfer instructions', () => {
  it('when a shopper pays by bank transfer, then the order view and the mail carry IBAN, holder, reference, amount and deadline', async () => {
    const { checkoutId, order } = await placeOrder('transfer@example.com', 'BANK_TRANSFER');
    const stored = await harness.models.Order.findById(checkoutId).lean();
    if (!stored) throw new Error('the order was not stored');
    const deadline = paymentDeadline(stored.auditLog.createdOn, 5);
    // The reference is the order's human number, the one the shopper sees everywhere.
    const reference = stored.orderNumber;
    expect(reference).toMatch(/^AN-\d{4}-\d{6}$/);

    expect(order.bank_transfer).toEqual({
      iban: 'DE89370400440532013000',
      beneficiary: 'Aneis Teste Lda',
      reference,
      amount: order.payment_info[0].amount_in_payment_currency,
      deadline,
    });
    await shop.mail.settled();
    const [mail] = await readOutbox(harness.outboxDir, {
      to: 'transfer@example.com',
      template: 'order_received',
    });
    expect(mail?.text).toContain('DE89 3704 0044 0532 0130 00');
    expect(mail?.text).toContain('Aneis Teste Lda');
    expect(mail?.text).toContain(reference);
    expect(mail?.data['bank_transfer']).toMatchObject({ reference, deadline });
  });

  it('when the order is paid on delivery, then neither the view nor the mail has transfer instructions', async () => {
    const { order } = await placeOrder('cod@example.com', 'CASH_ON_DELIVERY');

    expect(order).not.toHaveProperty('bank_transfer');
    await shop.mail.settled();
    const [mail] = await readOutbox(harness.outboxDir, {
      to: 'cod@example.com',
      template: 'order_received',
    });
    expect(mail?.text).not.toContain('IBAN');
  });

  it('when a manager marks the transfer paid or the order is cancelled, then the instructions go away', async () => {
    const paid = await placeOrder('paid@example.com', 'BANK_TRANSFER');
    await harness.models.Order.updateOne(
      { _id: paid.checkoutId },
      { $set: { payment_status: 'PAID' } },
    );
    const afterPayment = await paid.agent
      .get(`/user/orderDetails?orderId=${paid.checkoutId}`)
      .expect(200);
    expect(afterPayment.body.responseData).not.toHaveProperty('bank_transfer');

    const cancelled = await placeOrder('cancelled@example.com', 'BANK_TRANSFER');
    await harness.models.Order.updateOne(
      { _id: cancelled.checkoutId },
      { $set: { overall_status: 'CANCELLED' } },
    );
    const afterCancel = await cancelled.agent
      .get(`/user/orderDetails?orderId=${cancelled.checkoutId}`)
      .expect(200);
    expect(afterCancel.body.responseData).not.toHaveProperty('bank_transfer');
  });

  it('when the deadline is counted, then it is the Lisbon calendar day so many days later', () => {
    // 23:30 UTC on 31 March is already 1 April in Lisbon (summer time).
    expect(paymentDeadline(new Date('2026-03-31T23:30:00Z'), 3)).toBe('2026-04-04');
    expect(paymentDeadline(new Date('2026-12-07T10:00:00Z'), 5)).toBe('2026-12-12');
  });
});
