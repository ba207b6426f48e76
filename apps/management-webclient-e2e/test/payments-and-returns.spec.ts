import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  launchChromium,
  startLocalStack,
  waitForMail,
  type RunningStack,
} from '@aneis/e2e-support';
import type { Browser, Page } from 'playwright-core';
import {
  placeOrderThroughApi,
  searchStorefront,
  type PlacedOrder,
} from '../support/place-order.js';
import { loggedInAdminPage } from '../support/admin-page.js';
import { ScreenshotAlbum } from '../support/screenshots.js';

/*
 * ISSUE 18'S DONE-WHEN JOURNEYS FOR MONEY AND RETURNS, in Debian's Chromium against the whole
 * local stack: (1) a bank transfer marked paid → prepared → shipped with a CTT tracking link →
 * delivered; (2) one line of that order comes back: the stock goes back and the refund is
 * recorded. Every step leaves a screenshot in test-output/screenshots-returns/.
 */
const album = new ScreenshotAlbum(join(import.meta.dirname, '../test-output/screenshots-returns'));
const run = randomUUID().slice(0, 8);
const owner = {
  email: 'owner@asenhoradosaneis.example',
  password: 'a long enough local password 1',
};
const shopperEmail = `returns-${run}@example.com`;
const trackingNumber = `RR${run.toUpperCase()}PT`;
/** A demo ring sold in plain units (stock tracked, no options to choose). */
const ringName = 'Anel Fio de Ouro';

let stack: RunningStack;
let browser: Browser;
let page: Page;
const problems: string[] = [];
/** What journey 1 made, for journey 2 to take back. */
let delivered: (PlacedOrder & { productId: string; stockAfterSale: number }) | undefined;

const adminUrl = (path: string) => `${stack.urls.admin}${path.replace(/^\//, '')}`;

/**
 * The product's stock as the management API reads it, asked from inside the admin page (its
 * session cookie and its *.localhost name resolution, which Node's own requests lack).
 */
async function stockOf(productId: string): Promise<number> {
  const url = new URL(`catalog/getProductDetails?productId=${productId}`, stack.urls.managementApi);
  const stock = await page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'include' });
    if (!response.ok) return `HTTP ${response.status}`;
    const body = (await response.json()) as { responseData: { stock?: number } };
    return body.responseData.stock ?? 'untracked';
  }, url.href);
  if (typeof stock !== 'number') throw new Error(`no stock for ${productId}: ${stock}`);
  return stock;
}

/** Confirms the app's dialog after checking its title, and waits for it to close. */
async function confirmDialog(title: string): Promise<string> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.getByRole('heading').innerText()).toBe(title);
  const question = await dialog.innerText();
  await dialog.getByTestId('confirm-yes').click();
  await dialog.waitFor({ state: 'detached' });
  return question;
}

beforeAll(async () => {
  await album.reset();
  stack = await startLocalStack({ seedAdmin: owner, dataDirPrefix: 'returns-e2e-' });
  browser = await launchChromium();
  page = await loggedInAdminPage(browser, adminUrl, owner, problems);
});

afterAll(async () => {
  await browser?.close();
  const left = (await stack?.stop()) ?? [];
  expect(left, 'processes the local stack left behind').toEqual([]);
});

describe('payments, shipping and returns in a real browser (issue 18 acceptance)', () => {
  it('when a bank transfer is marked paid, prepared, shipped with CTT and delivered, then the order shows a CTT tracking link and completes', async () => {
    onTestFailed(async () => {
      await album.take(page, 'FAILED-journey-1').catch(() => undefined);
      console.error(stack.output().slice(-4000));
    });
    const webOrigin = new URL(stack.urls.admin).origin;
    const [ring] = (await searchStorefront(stack.urls.shoppingApi, webOrigin, ringName)).filter(
      (found) => found.name === ringName,
    );
    if (!ring) throw new Error(`the demo catalogue has no "${ringName}"`);
    const stockBefore = await stockOf(ring._id);
    const order = await placeOrderThroughApi({
      method: 'BANK_TRANSFER',
      shoppingApi: stack.urls.shoppingApi,
      webOrigin,
      outboxDir: stack.outboxDir,
      shopper: { name: 'Rita Retorno', email: shopperEmail, password: `returns password ${run}` },
      productId: ring._id,
    });
    const stockAfterSale = await stockOf(ring._id);
    expect(stockAfterSale).toBe(stockBefore - 1);

    // Marked paid first: the transfer arrived before anything is prepared.
    await page.goto(adminUrl(`orders/${order.orderId}`));
    expect(await page.getByTestId('payment-status').innerText()).toBe('Awaiting payment');
    await page.getByTestId('mark-paid').click();
    await confirmDialog('Mark the order as paid?');
    await expect.poll(() => page.getByTestId('payment-status').innerText()).toBe('Paid');
    await album.take(page, 'transfer-marked-paid');

    await page.getByTestId('confirm-order').click();
    await confirmDialog('Confirm the order?');
    // Confirmed is not the end of cancelling any more: until it ships it can still be cancelled.
    await page.getByTestId('line-action-fulfil').waitFor();
    expect(await page.getByTestId('cancel-order').count()).toBe(1);

    await page.getByTestId('line-action-fulfil').click();
    await page.getByTestId('step-form-fulfil').locator('button[type="submit"]').click();
    await page.getByTestId('line-action-ship').waitFor();
    expect(await page.getByTestId('line-status').innerText()).toBe('Fulfilling');
    await album.take(page, 'prepared');

    await page.getByTestId('line-action-ship').click();
    const ship = page.getByTestId('step-form-ship');
    await ship.locator('input[name="provider"]').fill('CTT');
    await ship.locator('input[name="trackingNumber"]').fill(trackingNumber);
    await ship.locator('input[name="service"]').fill('Correio Registado');
    await ship.locator('input[name="paidPostageInUSD"]').fill('3.90');
    await ship.locator('button[type="submit"]').click();
    await confirmDialog('Mark the line as shipped?');
    const link = page.getByTestId('tracking-link');
    await link.waitFor();
    expect(await link.innerText()).toBe(trackingNumber);
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.hostname).toBe('appserver.ctt.pt');
    expect(href.searchParams.get('ObjectCodeInput')).toBe(trackingNumber);
    expect(await page.getByTestId('shipment-details').innerText()).toContain('CTT Correios');
    // Once something has shipped the order can only come back as a return.
    expect(await page.getByTestId('cancel-order').count()).toBe(0);
    await album.take(page, 'shipped-with-ctt');

    await page.getByTestId('line-action-deliver').click();
    await page.getByTestId('step-form-deliver').locator('button[type="submit"]').click();
    await confirmDialog('Mark the line as delivered?');
    await expect.poll(() => page.getByTestId('line-status').innerText()).toBe('Delivered');
    expect(await page.getByTestId('order-status').innerText()).toBe('Completed');
    expect(await page.getByTestId('payment-status').innerText()).toBe('Paid');
    await album.take(page, 'delivered');

    const shippedMail = await waitForMail(stack.outboxDir, {
      to: shopperEmail,
      template: 'order_status_changed',
    });
    expect(JSON.stringify(shippedMail.data)).toContain('appserver.ctt.pt');
    delivered = { ...order, productId: ring._id, stockAfterSale };
    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });

  it('when the delivered ring comes back, then a return of the line puts it back in stock once and the refund shows as a bank transfer the shop made', async () => {
    if (!delivered) throw new Error('journey 1 delivered no order to take back');
    onTestFailed(async () => {
      await album.take(page, 'FAILED-journey-2').catch(() => undefined);
      console.error(stack.output().slice(-4000));
    });
    const { orderId, productId, stockAfterSale } = delivered;
    await page.goto(adminUrl(`orders/${orderId}`));
    await page.getByTestId('line-action-return').click();
    const form = page.getByTestId('return-form');
    await form.locator('input[name="quantity"]').fill('1');
    await form.locator('input[name="reason"]').fill('Wrong size');
    await album.take(page, 'return-form');
    await form.getByTestId('return-submit').click();
    const question = await confirmDialog('Record the return?');
    expect(question).toContain('1 unit(s) go back into stock');
    await form.waitFor({ state: 'detached' });

    expect(await page.getByTestId('line-returned').innerText()).toBe('Returned: 1');
    // The ring's price went back; shipping was not part of the line, so some money stays.
    expect(await page.getByTestId('payment-status').innerText()).toBe('Partially refunded');
    const refunds = page.getByTestId('refunds');
    expect(await refunds.innerText()).toContain('Return: Wrong size');
    expect(await refunds.innerText()).toContain('Bank transfer made by the shop');
    expect(await refunds.getByTestId('refund-status').innerText()).toBe('Done');
    expect(await page.getByTestId('payments-table').innerText()).toContain('Refund');
    expect(await page.getByTestId('line-action-return').count()).toBe(0);
    await album.take(page, 'returned-and-refunded');

    expect(await stockOf(productId)).toBe(stockAfterSale + 1);
    const mail = await waitForMail(stack.outboxDir, {
      to: shopperEmail,
      template: 'order_refunded',
    });
    expect(mail.data).toMatchObject({
      returned: { name: ringName, quantity: 1 },
      refund: { method: 'BANK_TRANSFER', reason: 'Wrong size' },
    });

    // At 390 px the page with its refunds still fits the phone.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.reload();
    await page.getByTestId('refunds').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow at 390 px').toBeLessThanOrEqual(0);
    await album.take(page, 'returned-at-390');
    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });
});
