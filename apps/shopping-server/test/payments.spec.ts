import { customerWithCheckout, seedProduct, seedReferenceData } from './support/seed.js';
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
    },
  });
});

afterAll(async () => {
  await stripe.close();
  await khalti.close();
});

async function checkoutFor(email: string) {
  const product = await seedProduct(harness.models, refs, { stock: 10 });
  return customerWithCheckout(shop, harness.models, email, String(product._id), 2);
}

describe('Stripe PaymentIntents', () => {
  it('when the intent succeeded for this checkout, then the order is placed with a STRIPE payment', async () => {
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
  it('when the token verifies for the NPR amount in paisa, then the order is placed with a KHALTI payment', async () => {
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
  });
});
