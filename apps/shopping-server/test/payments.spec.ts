import { couponIdForCode } from '@aneis/data';
import { CHECKOUT_MESSAGES } from '../src/checkout/checkout-messages.js';
import {
  customerWithCheckout,
  seedProduct,
  seedReferenceData,
  US_ADDRESS,
} from './support/seed.js';
import { startKhaltiStandIn, startStripeStandIn } from './support/provider-stand-ins.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
const STRIPE_KEY = 'sk_test_standin';
const KHALTI_KEY = 'test_secret_key_standin';
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let khalti: Awaited<ReturnType<typeof startKhaltiStandIn>>;

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  stripe = await startStripeStandIn(STRIPE_KEY);
  khalti = await startKhaltiStandIn(KHALTI_KEY);
  shop = await harness.start({
    env: {
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_API_BASE: stripe.url,
      KHALTI_SECRET_KEY: KHALTI_KEY,
      KHALTI_VERIFY_URL: khalti.verifyUrl,
      // These flows are Veniqa's: the amounts checked are its worked example, charges included.
      VENIQA_TARIFFS_AND_SERVICE_CHARGE: 'true',
    },
  });
});

afterAll(async () => {
  await stripe.close();
  await khalti.close();
});

async function checkoutFor(email: string, stock = 10) {
  const product = await seedProduct(harness.models, refs, { stock });
  const ready = await customerWithCheckout(shop, harness.models, email, String(product._id), 2);
  return { ...ready, product };
}

/** Steps 1 and 2 of the card flow: an intent for the checkout, then the shopper pays it. */
async function payByCard(
  agent: Awaited<ReturnType<typeof checkoutFor>>['agent'],
  checkoutId: string,
) {
  const instant = await agent.post('/orders/stripePaymentInstant').send({ checkoutId }).expect(200);
  const intentId = (instant.body.responseData.client_secret as string).split('_secret_')[0] ?? '';
  stripe.succeed(intentId);
  return intentId;
}

describe('Stripe PaymentIntents', () => {
  it('when the intent succeeded for this checkout, then the order is placed with a STRIPE payment, paid', async () => {
    const { agent, checkoutId } = await checkoutFor('card@example.com');
    const instant = await agent
      .post('/orders/stripePaymentInstant')
      .send({ checkoutId })
      .expect(200);
    const secret = instant.body.responseData.client_secret as string;
    const intentId = secret.split('_secret_')[0] ?? '';
    expect(stripe.intents.get(intentId)).toMatchObject({ amount: 8498, currency: 'usd' });

    const early = await agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId, paymentToken: intentId })
      .expect(400);
    expect(early.body.errorDetails).toMatch(/not succeeded/);

    stripe.succeed(intentId);
    const done = await agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId, paymentToken: intentId })
      .expect(200);
    expect(done.body.responseData).toEqual({ order_id: checkoutId });
    const order = await harness.models.Order.findById(checkoutId).lean();
    expect(order?.payment_info[0]).toMatchObject({ source: 'STRIPE', payment_id: intentId });
    expect(order?.payment_status).toBe('PAID');
    const seen = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    expect(seen.body.responseData.payment_status).toBe('PAID');
  });

  it('when an intent that paid one checkout is presented for another, then it is refused', async () => {
    const first = await checkoutFor('reuse@example.com');
    const instant = await first.agent
      .post('/orders/stripePaymentInstant')
      .send({ checkoutId: first.checkoutId })
      .expect(200);
    const intentId = (instant.body.responseData.client_secret as string).split('_secret_')[0] ?? '';
    stripe.succeed(intentId);
    await first.agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId: first.checkoutId, paymentToken: intentId })
      .expect(200);

    const second = await checkoutFor('reuse2@example.com');
    const res = await second.agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId: second.checkoutId, paymentToken: intentId })
      .expect(400);
    expect(res.body.errorDetails).toMatch(/another checkout/);
    const unknown = await second.agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId: second.checkoutId, paymentToken: 'pi_unknown' })
      .expect(400);
    expect(unknown.body.errorDetails).toMatch(/No such payment_intent/);
  });

  it('when the payment instant is asked for again (a retry), then the same intent comes back and Stripe creates one', async () => {
    const { agent, checkoutId } = await checkoutFor('retry@example.com');
    const before = stripe.intents.size;
    const first = await agent.post('/orders/stripePaymentInstant').send({ checkoutId }).expect(200);
    const again = await agent.post('/orders/stripePaymentInstant').send({ checkoutId }).expect(200);
    expect(again.body.responseData.client_secret).toBe(first.body.responseData.client_secret);
    expect(stripe.intents.size).toBe(before + 1);
  });

  it('when the stock is already gone, then no payment is started (409)', async () => {
    const { agent, checkoutId, product } = await checkoutFor('late@example.com');
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { stock: 1 } });
    const before = stripe.intents.size;
    const res = await agent.post('/orders/stripePaymentInstant').send({ checkoutId }).expect(409);
    expect(res.body).toMatchObject({ code: 'OUT_OF_STOCK' });
    expect(res.body.errorDetails).toMatch(/Only 1 of "Silver Ring" left/);
    expect(stripe.intents.size).toBe(before);
  });

  it('when the stock goes while the shopper pays, then the card payment is refunded, 409 says so and the intent pays nothing else', async () => {
    const { agent, checkoutId, product } = await checkoutFor('soldout@example.com');
    const intentId = await payByCard(agent, checkoutId);
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { stock: 0 } });

    const res = await agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId, paymentToken: intentId })
      .expect(409);
    expect(res.body).toMatchObject({
      code: 'OUT_OF_STOCK',
      details: { productId: String(product._id), available: 0, refunded: true },
    });
    expect(res.body.errorDetails).toMatch(/sold out\. Your payment was refunded/);
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    expect(await harness.models.Order.exists({ _id: checkoutId })).toBeNull();
    expect(await harness.models.Checkout.exists({ _id: checkoutId })).toBeNull();
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(0);

    const other = await checkoutFor('soldout2@example.com');
    const reuse = await other.agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId: other.checkoutId, paymentToken: intentId })
      .expect(400);
    expect(reuse.body.errorDetails).toMatch(/another checkout/);
  });

  it('when a limit-1 coupon’s use goes while the shopper pays by card, then the payment is refunded and 409 names the coupon', async () => {
    await harness.models.Coupon.create({
      _id: couponIdForCode('CARDRACE'),
      code: 'CARDRACE',
      kind: 'PERCENTAGE',
      value: 10,
      usageLimit: 1,
    });
    const { agent, product } = await checkoutFor('cardcoupon@example.com');
    const addresses = await agent.get('/user/address').expect(200);
    const discounted = await agent
      .post('/orders/createCheckout')
      .send({
        addressId: addresses.body.responseData[0]._id,
        shippingMethod: 'standard',
        couponCode: 'CARDRACE',
      })
      .expect(200);
    const checkoutId = discounted.body.responseData._id as string;
    const intentId = await payByCard(agent, checkoutId);
    // Another shopper's order takes the last use meanwhile.
    await harness.models.Coupon.updateOne({ code: 'CARDRACE' }, { $set: { timesUsed: 1 } });

    const res = await agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId, paymentToken: intentId })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'COUPON_USED_UP', details: { refunded: true } });
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    expect(await harness.models.Order.exists({ _id: checkoutId })).toBeNull();
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(10);
    expect((await harness.models.Coupon.findOne({ code: 'CARDRACE' }).lean())?.timesUsed).toBe(1);
  });

  it('when the refund of a sold-out order fails, then 409 says so and the paid checkout stays to complete later', async () => {
    const { agent, checkoutId, product } = await checkoutFor('norefund@example.com');
    const intentId = await payByCard(agent, checkoutId);
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { stock: 0 } });
    stripe.failures.refunds = true;
    try {
      const res = await agent
        .post('/orders/completeCheckoutUsingStripePaymentInstant')
        .send({ checkoutId, paymentToken: intentId })
        .expect(409);
      expect(res.body.details).toMatchObject({ refunded: false });
      expect(res.body.errorDetails).toMatch(/could not be refunded automatically/);
    } finally {
      stripe.failures.refunds = false;
    }
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { stock: 5 } });
    const done = await agent
      .post('/orders/completeCheckoutUsingStripePaymentInstant')
      .send({ checkoutId, paymentToken: intentId })
      .expect(200);
    expect(done.body.responseData).toEqual({ order_id: checkoutId });
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(3);
  });

  it('when Stripe is not configured, then the card routes answer 503', async () => {
    const plain = await harness.start();
    const { agent, checkoutId } = await customerWithCheckout(
      plain,
      harness.models,
      'nostripe@example.com',
      String((await seedProduct(harness.models, refs))._id),
    );
    const res = await agent.post('/orders/stripePaymentInstant').send({ checkoutId }).expect(503);
    expect(res.body.errorDetails).toMatch(/not available/);
    await plain.close();
  });
});

describe('Khalti', () => {
  it('when the order is not delivered to Nepal, then Khalti answers 406 and nothing is paid or taken', async () => {
    const product = await seedProduct(harness.models, refs, { stock: 10 });
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'khalti-us@example.com',
      String(product._id),
      2,
      US_ADDRESS,
    );
    khalti.pay('tok_us', 5_000);
    const res = await agent
      .post('/orders/completeCheckoutUsingKhalti')
      .send({ checkoutId, paymentToken: 'tok_us' })
      .expect(406);
    expect(res.body).toMatchObject({
      httpStatus: 406,
      status: 'failed',
      errorDetails: CHECKOUT_MESSAGES.khaltiNepalOnly,
      code: 'NOT_ACCEPTABLE',
    });
    expect(await harness.models.Order.exists({ _id: checkoutId })).toBeNull();
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(10);
  });

  it('when the token verifies for the NPR amount in paisa, then the order is placed with a KHALTI payment, paid', async () => {
    const { agent, checkoutId, checkout } = await checkoutFor('khalti@example.com');
    const paisa = Math.round(
      checkout.responseData.payment_info[0].amount_in_payment_currency.amount * 100,
    );
    expect(paisa).toBe(970642);
    await agent
      .post('/orders/completeCheckoutUsingKhalti')
      .send({ checkoutId, paymentToken: 'not-paid' })
      .expect(400);
    khalti.pay('tok_1', paisa);
    const done = await agent
      .post('/orders/completeCheckoutUsingKhalti')
      .send({ checkoutId, paymentToken: 'tok_1' })
      .expect(200);
    expect(done.body.responseData).toEqual({ order_id: checkoutId });
    const order = await harness.models.Order.findById(checkoutId).lean();
    expect(order?.payment_info[0]).toMatchObject({
      source: 'KHALTI',
      type: 'SALE',
      payment_id: 'idx_tok_1',
    });
    expect(order?.payment_status).toBe('PAID');
  });
});
