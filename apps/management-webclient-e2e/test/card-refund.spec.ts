import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  launchChromium,
  startLocalStack,
  waitForMail,
  type RunningStack,
} from '@aneis/e2e-support';
import { startStripeStandIn } from '@aneis/testing';
import type { Browser, Page } from 'playwright-core';
import { placeOrderThroughApi, searchStorefront } from '../support/place-order.js';
import { loggedInAdminPage } from '../support/admin-page.js';
import { ScreenshotAlbum } from '../support/screenshots.js';

/*
 * A CARD REFUND IN A REAL BROWSER: the whole local stack talks to a Stripe stand-in (both
 * servers get its key and address); a shopper pays a ring by card through the shopping API, as
 * the storefront does once Stripe.js has confirmed the payment; a manager cancels the order in
 * the admin and sees the card refund go through. Screenshots in
 * test-output/screenshots-card-refund/.
 */
const STRIPE_KEY = 'sk_test_card_refund_journey';
const album = new ScreenshotAlbum(
  join(import.meta.dirname, '../test-output/screenshots-card-refund'),
);
const run = randomUUID().slice(0, 8);
const owner = {
  email: 'owner@asenhoradosaneis.example',
  password: 'a long enough local password 1',
};
const shopperEmail = `card-${run}@example.com`;
/** A demo ring sold in plain units (stock tracked, no options to choose). */
const ringName = 'Anel Fio de Ouro';

let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let stack: RunningStack;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const adminUrl = (path: string) => `${stack.urls.admin}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  await album.reset();
  stripe = await startStripeStandIn(STRIPE_KEY);
  stack = await startLocalStack({
    seedAdmin: owner,
    dataDirPrefix: 'card-refund-e2e-',
    env: { STRIPE_SECRET_KEY: STRIPE_KEY, STRIPE_API_BASE: stripe.url },
  });
  browser = await launchChromium();
  page = await loggedInAdminPage(browser, adminUrl, owner, problems);
});

afterAll(async () => {
  await browser?.close();
  const left = (await stack?.stop()) ?? [];
  await stripe?.close();
  expect(left, 'processes the local stack left behind').toEqual([]);
});

describe('a card refund in a real browser', () => {
  it('when a manager cancels an order paid by card, then the dialog says the card is refunded, Stripe refunds the whole amount once, the page shows it done and the shopper is mailed', async () => {
    onTestFailed(async () => {
      await album.take(page, 'FAILED-card-refund').catch(() => undefined);
      console.error(stack.output().slice(-4000));
    });
    const webOrigin = new URL(stack.urls.admin).origin;
    const [ring] = (await searchStorefront(stack.urls.shoppingApi, webOrigin, ringName)).filter(
      (found) => found.name === ringName,
    );
    if (!ring) throw new Error(`the demo catalogue has no "${ringName}"`);
    const order = await placeOrderThroughApi({
      shoppingApi: stack.urls.shoppingApi,
      webOrigin,
      outboxDir: stack.outboxDir,
      shopper: { name: 'Carla Cartão', email: shopperEmail, password: `card password ${run}` },
      productId: ring._id,
      payByCard: (clientSecret) => stripe.succeedBySecret(clientSecret),
    });
    const intentId = [...stripe.intents.values()].find(
      (intent) => intent.status === 'succeeded',
    )?.id;
    if (!intentId) throw new Error('the shopper paid no intent at the stand-in');

    await page.goto(adminUrl(`orders/${order.orderId}`));
    expect(await page.getByTestId('payment-status').innerText()).toBe('Paid');
    await album.take(page, 'paid-by-card');

    await page.getByTestId('cancel-order').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Cancel the order?');
    const question = await dialog.innerText();
    expect(question).toContain('Card (Stripe)');
    await album.take(page, 'cancel-dialog');
    await dialog.getByTestId('confirm-yes').click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('order-status').innerText()).toBe('Cancelled');
    expect(await page.getByTestId('payment-status').innerText()).toBe('Refunded');
    const refunds = page.getByTestId('refunds');
    expect(await refunds.innerText()).toContain('Cancellation');
    expect(await refunds.innerText()).toContain('Card (Stripe)');
    expect(await refunds.getByTestId('refund-status').innerText()).toBe('Done');
    expect(await page.getByTestId('retry-refund').count()).toBe(0);
    expect(await page.getByTestId('payments-table').innerText()).toContain('Refund');
    await album.take(page, 'card-refunded');

    const atStripe = stripe.refunds.filter((refund) => refund.payment_intent === intentId);
    expect(atStripe.map((refund) => refund.amount)).toEqual([Math.round(order.total.amount * 100)]);
    const mail = await waitForMail(stack.outboxDir, {
      to: shopperEmail,
      template: 'order_status_changed',
    });
    expect(mail.data).toMatchObject({ event: 'cancelled', refund: { method: 'STRIPE' } });
    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });
});
