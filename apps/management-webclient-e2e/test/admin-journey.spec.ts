import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  launchChromium,
  readOutbox,
  recordCspViolations,
  startLocalStack,
  waitForMailLink,
  type CspViolation,
  type RunningStack,
} from '@aneis/e2e-support';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { placeOrderThroughApi, searchStorefront } from '../support/place-order.js';
import { ScreenshotAlbum } from '../support/screenshots.js';
import { tinyPng } from '../support/tiny-png.js';

/*
 * THE BROWSER ACCEPTANCE TEST OF ISSUE 7: the admin UI in Debian's Chromium against the whole
 * local stack (`npm start`), one manager's day from the seeded superadmin to a delivered order.
 * Every step leaves a screenshot in test-output/screenshots/.
 */
const album = new ScreenshotAlbum(join(import.meta.dirname, '../test-output/screenshots'));
const run = randomUUID().slice(0, 8);
const superadmin = {
  email: 'owner@asenhoradosaneis.example',
  password: 'a long enough local password 1',
};
const catalogueAdmin = {
  name: 'Carla Catálogo',
  email: `catalogue-${run}@asenhoradosaneis.example`,
  password: `catalogue password ${run} 7`,
};
const productName = `Anel Jornada ${run}`;
const trackingNumber = `RR${run.toUpperCase()}PT`;
const shopperEmail = `shopper-${run}@example.com`;

interface DashboardFigures {
  generatedAt: string;
  orderCounts: { today: number; last7Days: number; last30Days: number };
  awaitingPayment: { orders: number; amount: { amount: number; currency: string } };
  ordersByStatus: Partial<Record<string, number>>;
  topProductsByUnits: { productId: string; name: string; units: number }[];
  revenue: {
    today: { amount: number; currency: string };
    last30Days: { amount: number; currency: string };
  };
}

let stack: RunningStack;
/** What the journey made, for the later checks to show on their pages. */
let made: { orderId: string; productId: string } | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
const problems: string[] = [];
/** What the pages' Content-Security-Policy blocked: a blocked picture can still look fine. */
const cspViolations: CspViolation[] = [];
/** Pages of the webclients served without their Content-Security-Policy. */
const unprotected: string[] = [];
/** The browser's own complaints, printed when a step fails. */
const consoleLines: string[] = [];

/** A fresh browser profile (own cookies and storage) with the admin UI in English. */
async function newBrowserPage(): Promise<Page> {
  // Reduced motion: the dashboard's charts are drawn at once, not mid-animation, in the pictures.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  contexts.push(context);
  await context.addInitScript(() => window.localStorage.setItem('aneis.admin.locale', 'en'));
  await recordCspViolations(context, cspViolations);
  const page = await context.newPage();
  pages.push(page);
  const label = `[page ${pages.length}]`;
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleLines.push(`${label} ${message.type()}: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) =>
    consoleLines.push(`${label} failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
    const webclient = [stack.urls.admin, stack.urls.storefront].some((url) =>
      response.url().startsWith(url),
    );
    if (webclient && response.request().resourceType() === 'document') {
      if (!response.headers()['content-security-policy']) unprotected.push(response.url());
    }
  });
  return page;
}

const adminUrl = (path: string) => `${stack.urls.admin}${path.replace(/^\//, '')}`;

async function logIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(adminUrl('login'));
  await page.getByTestId('login-email').fill(who.email);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  // The menu shows as soon as the session is known, while the router may still be loading the
  // next page's chunk: only a URL away from the login page means the login is over.
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.getByTestId('main-nav').waitFor();
}

/** A call to the management API from inside the page, with the admin's session cookie. */
async function managementCall(
  page: Page,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const url = new URL(path.replace(/^\//, ''), stack.urls.managementApi).href;
  return page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'include' });
    const text = await response.text();
    // Refusals are plain text (as in Veniqa); answers are the JSON envelope.
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, body: text };
    }
  }, url);
}

/** The id of the shopper account with this e-mail, searched through the customers route. */
async function customerIdOf(page: Page, email: string): Promise<string> {
  const url = new URL('customers/list', stack.urls.managementApi).href;
  const id = await page.evaluate(
    async ({ target, search }) => {
      const response = await fetch(target, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ search, pagingOptions: { page: 1, limit: 1 } }),
      });
      const body = (await response.json()) as { responseData?: { docs?: { _id: string }[] } };
      return body.responseData?.docs?.[0]?._id;
    },
    { target: url, search: email },
  );
  if (!id) throw new Error(`no customer account has the e-mail ${email}`);
  return id;
}

async function dashboardFigures(page: Page): Promise<DashboardFigures> {
  const reply = await managementCall(page, '/dashboard/summary');
  expect(reply.status).toBe(200);
  return (reply.body as { responseData: DashboardFigures }).responseData;
}

/**
 * The dashboard as computed after `since` (ms): the server reuses a summary for a few seconds,
 * and an order placed through the shopping server does not tell the management server.
 */
async function dashboardSince(page: Page, since: number): Promise<DashboardFigures> {
  let figures: DashboardFigures | undefined;
  await expect
    .poll(
      async () => {
        figures = await dashboardFigures(page);
        return Date.parse(figures.generatedAt) >= since;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  if (!figures) throw new Error('the dashboard was never read');
  return figures;
}

/** The texts of one column of a table, row by row. */
async function column(page: Page, table: string, index: number): Promise<string[]> {
  return page
    .getByTestId(table)
    .locator(`tbody tr td:nth-child(${index})`)
    .allInnerTexts()
    .then((cells) => cells.map((cell) => cell.trim()));
}

const cents = (money: { amount: number }) => Math.round(money.amount * 100);

/**
 * Marks a bank-transfer order paid from its page (button, then the confirmation dialog) and
 * checks that the dashboard moved its total from "awaiting payment" to today's revenue.
 */
async function markPaidAndSeeDashboard(
  page: Page,
  order: { orderId: string; total: { amount: number } },
  placedAt: number,
  shot: string,
): Promise<void> {
  const before = await dashboardSince(page, placedAt);
  await page.goto(adminUrl(''));
  await page.getByTestId('awaiting-payment').waitFor();
  expect(await page.getByTestId('awaiting-orders').innerText()).toBe(
    String(before.awaitingPayment.orders),
  );

  await page.goto(adminUrl(`orders/${order.orderId}`));
  expect(await page.getByTestId('payment-status').innerText()).toBe('Awaiting payment');
  await page.getByTestId('mark-paid').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('Bank transfer');
  await album.take(page, `${shot}-asks`);
  await dialog.getByTestId('confirm-yes').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('payment-status').innerText()).toBe('Paid');
  expect(await page.getByTestId('mark-paid').count()).toBe(0);
  await album.take(page, `${shot}-paid`);

  await page.goto(adminUrl(''));
  await page.getByTestId('awaiting-payment').waitFor();
  const after = await dashboardFigures(page);
  expect(after.awaitingPayment.orders).toBe(before.awaitingPayment.orders - 1);
  expect(cents(before.awaitingPayment.amount) - cents(after.awaitingPayment.amount)).toBe(
    cents(order.total),
  );
  expect(cents(after.revenue.today) - cents(before.revenue.today)).toBe(cents(order.total));
  await expect
    .poll(() => page.getByTestId('awaiting-orders').innerText())
    .toBe(String(after.awaitingPayment.orders));
  await album.take(page, `${shot}-dashboard`);
}

/** Answers the app's confirmation dialog with its confirm button, after checking its question. */
async function answerDialog(page: Page, title: string): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.getByRole('heading').innerText()).toBe(title);
  await dialog.getByTestId('confirm-yes').click();
  await dialog.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  await album.reset();
  stack = await startLocalStack({ seedAdmin: superadmin, dataDirPrefix: 'admin-e2e-' });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  const left = (await stack?.stop()) ?? [];
  expect(left, 'processes the local stack left behind').toEqual([]);
});

describe('the admin UI in a real browser against the local stack (issue 7 acceptance)', () => {
  it('when a manager runs the shop for a day, then catalogue, orders, dashboard and audit log all follow', async () => {
    // A failed step leaves a picture of every open page, to see what the browser saw.
    onTestFailed(async () => {
      for (const [index, page] of pages.entries()) {
        consoleLines.push(`[page ${index + 1}] was at ${page.url()}`);
        await album.take(page, `FAILED-page-${index + 1}`).catch(() => undefined);
      }
      console.error(
        [...consoleLines, 'local stack output (tail):', stack.output().slice(-4000)].join('\n'),
      );
    });
    const owner = await newBrowserPage();
    const webOrigin = new URL(stack.urls.admin).origin;

    // 1. The seeded superadmin logs in and sees the dashboard.
    await logIn(owner, superadmin);
    await owner.getByTestId('dashboard-figures').waitFor();
    const before = await dashboardFigures(owner);
    await album.take(owner, 'superadmin-dashboard-before');

    // 2. … creates an admin who may manage the catalogue: the server mails an onboarding link.
    await owner.goto(adminUrl('admins'));
    await owner.getByTestId('new-admin').click();
    await owner.locator('#admin-name').fill(catalogueAdmin.name);
    await owner.locator('#admin-email').fill(catalogueAdmin.email);
    await owner.getByTestId('admin-role-CATALOG_MANAGE').check();
    await album.take(owner, 'superadmin-fills-new-admin');
    await owner.getByTestId('save-admin').click();
    await owner.getByTestId('admin-notice').waitFor();
    // The list reloads after the notice shows.
    await expect.poll(() => column(owner, 'admins-table', 2)).toContain(catalogueAdmin.email);
    await album.take(owner, 'superadmin-created-catalogue-admin');

    // 3. The new admin follows the outbox link, sets a password and logs in.
    const onboarding = await waitForMailLink(
      stack.outboxDir,
      catalogueAdmin.email,
      'confirm_account_admin',
    );
    expect(onboarding.startsWith(stack.urls.admin)).toBe(true);
    const carla = await newBrowserPage();
    await carla.goto(onboarding);
    await carla.getByTestId('new-password').fill(catalogueAdmin.password);
    await carla.getByTestId('confirm-password').fill(catalogueAdmin.password);
    await album.take(carla, 'catalogue-admin-onboarding');
    await carla.getByTestId('set-password').click();
    await carla.getByTestId('password-set').waitFor();
    await album.take(carla, 'catalogue-admin-password-set');
    await logIn(carla, catalogueAdmin);
    const carlaHome = carla.url();
    // A catalogue-only admin may not see the dashboard: home for them is the catalogue.
    expect(new URL(carlaHome).pathname).toBe('/management/catalog');
    await album.take(carla, 'catalogue-admin-logged-in');

    // 4. The catalogue admin cannot open the admins page (nor call the API behind it): the
    //    router sends them back to the first section they may open.
    await carla.goto(adminUrl('admins'));
    await carla.waitForURL(carlaHome);
    await carla.locator('h1').waitFor();
    expect(await carla.getByTestId('admins-table').count()).toBe(0);
    expect(await carla.getByTestId('new-admin').count()).toBe(0);
    expect(await carla.getByTestId('main-nav').innerText()).not.toMatch(/admins/i);
    expect((await managementCall(carla, '/superAdmin/getAllAdmins')).status).toBe(403);
    await album.take(carla, 'catalogue-admin-kept-out-of-admins');

    // 5. … creates a product with a picture and stock.
    await carla.goto(adminUrl('catalog'));
    await carla.getByTestId('add-product').click();
    await carla.getByTestId('product-form').waitFor();
    await carla.locator('#product-name').fill(productName);
    await carla.locator('#product-brand').fill('A Senhora dos Anéis');
    await carla.locator('#product-store').fill('A SENHORA DOS ANÉIS');
    await carla.locator('#product-sku').fill(`SKU-${run}`);
    await carla.locator('#product-category').selectOption({ index: 1 });
    await carla.locator('#product-tariff').selectOption({ index: 1 });
    await carla.getByTestId('product-price').fill('49.90');
    await carla.getByTestId('product-weight').fill('3.5');
    await carla.getByTestId('product-stock').fill('5');
    await carla.locator('#product-description').click();
    await carla.keyboard.type('A silver ring made for the end-to-end journey.');
    await carla.locator('#product-images').setInputFiles({
      name: 'journey-ring.png',
      mimeType: 'image/png',
      buffer: tinyPng(64, [200, 150, 40]),
    });
    await carla.getByTestId('image-0').waitFor();
    await album.take(carla, 'catalogue-admin-fills-product');
    await carla.getByTestId('save-product').click();
    await carla.waitForURL(/\/catalog\/[0-9a-f]{24}$/);
    const productId = /\/catalog\/([0-9a-f]{24})$/.exec(carla.url())?.[1] ?? '';
    await carla.getByTestId('product-saved').waitFor();
    // Read back from the server, not from what the form still holds.
    await carla.reload();
    await carla.locator('#product-name').waitFor();
    expect(await carla.locator('#product-name').inputValue()).toBe(productName);
    expect(await carla.getByTestId('product-stock').inputValue()).toBe('5');
    const storedImage = carla.getByTestId('image-0').locator('img');
    await storedImage.waitFor();
    const imageSrc = (await storedImage.getAttribute('src')) ?? '';
    expect(imageSrc.startsWith(`${stack.urls.managementApi}images/`), imageSrc).toBe(true);
    await expect
      .poll(() => storedImage.evaluate((img: HTMLImageElement) => img.naturalWidth), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    await album.take(carla, 'catalogue-admin-saved-product');

    // 6. The storefront's search (the shopping server, through the edge) finds it.
    let found: Awaited<ReturnType<typeof searchStorefront>> = [];
    await expect
      .poll(
        async () => {
          found = await searchStorefront(stack.urls.shoppingApi, webOrigin, productName);
          return found.map((product) => product._id);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([productId]);
    expect(found[0]?.thumbnailUrls).toHaveLength(1);
    const storefront = await newBrowserPage();
    await storefront.goto(`${stack.urls.storefront}search?q=${encodeURIComponent(productName)}`);
    const card = storefront.getByTestId('product-card').filter({ hasText: productName });
    await card.waitFor();
    await expect
      .poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await album.take(storefront, 'storefront-search-finds-product');

    // 7. A shopper orders it through the shopping API, to pay by bank transfer.
    const order = await placeOrderThroughApi({
      method: 'BANK_TRANSFER',
      shoppingApi: stack.urls.shoppingApi,
      webOrigin,
      outboxDir: stack.outboxDir,
      shopper: {
        name: 'Beatriz Compradora',
        email: shopperEmail,
        password: `shopper password ${run} 3`,
      },
      productId,
    });

    made = { orderId: order.orderId, productId };
    const placedAt = Date.now();

    // 8. The superadmin confirms, fulfils, ships (with a tracking number) and delivers it.
    await owner.goto(adminUrl('orders?status=RECEIVED'));
    // The list names the order by its human number and links to it by id.
    const orderLink = owner
      .getByTestId('orders-table')
      .locator(`a[href$="/orders/${order.orderId}"]`);
    await orderLink.waitFor();
    expect((await orderLink.innerText()).trim()).toMatch(/^AN-\d{4}-\d{6}$/);
    await album.take(owner, 'superadmin-sees-received-order');
    await owner.goto(adminUrl(`orders/${order.orderId}`));
    await owner.getByTestId('confirm-order').click();
    // Confirming cannot be undone: the dialog asks first, and its confirm button does it.
    await answerDialog(owner, 'Confirm the order?');
    await owner.getByTestId('line-action-fulfil').waitFor();
    expect(await owner.getByTestId('order-status').innerText()).toBe('Confirmed');
    await album.take(owner, 'superadmin-confirmed-order');

    await owner.getByTestId('line-action-fulfil').click();
    const fulfil = owner.getByTestId('step-form-fulfil');
    // The shop makes its own rings: no supplier order number, no resale cost (issue 18, item 6).
    expect(await fulfil.locator('input[name="store"]').inputValue()).toBe('A SENHORA DOS ANÉIS');
    await fulfil.locator('button[type="submit"]').click();
    await owner.getByTestId('line-action-ship').waitFor();
    expect(await owner.getByTestId('line-status').innerText()).toBe('Fulfilling');
    await album.take(owner, 'superadmin-fulfilled-line');

    await owner.getByTestId('line-action-ship').click();
    const ship = owner.getByTestId('step-form-ship');
    await ship.locator('input[name="provider"]').fill('DHL');
    await ship.locator('input[name="trackingNumber"]').fill(trackingNumber);
    await ship.locator('input[name="service"]').fill('Correio Registado');
    await ship.locator('input[name="paidPostageInUSD"]').fill('4.90');
    await album.take(owner, 'superadmin-fills-shipment');
    await ship.locator('button[type="submit"]').click();
    await answerDialog(owner, 'Mark the line as shipped?');
    await owner.getByTestId('line-action-deliver').waitFor();
    expect(await owner.getByTestId('shipment-details').innerText()).toContain(trackingNumber);
    await album.take(owner, 'superadmin-shipped-line');

    await owner.getByTestId('line-action-deliver').click();
    await owner.getByTestId('step-form-deliver').locator('button[type="submit"]').click();
    await answerDialog(owner, 'Mark the line as delivered?');
    await owner.getByTestId('step-form-deliver').waitFor({ state: 'detached' });
    await expect.poll(() => owner.getByTestId('line-status').innerText()).toBe('Delivered');
    expect(await owner.getByTestId('order-status').innerText()).toBe('Completed');
    await album.take(owner, 'superadmin-delivered-order');

    // 8b. … notes a call on the order, corrects the note, then removes it (own comments only).
    const comments = owner.getByTestId('order-comments');
    await owner.getByTestId('new-comment').fill('Called the customer');
    await comments.locator('form').last().locator('button[type="submit"]').click();
    await comments.locator('.content').filter({ hasText: 'Called the customer' }).waitFor();
    await comments.getByTestId('edit-comment').click();
    await comments.locator('li textarea').fill('Called the customer twice');
    await comments.locator('li form button[type="submit"]').click();
    await comments.locator('.content').filter({ hasText: 'Called the customer twice' }).waitFor();
    await album.take(owner, 'superadmin-edited-comment');
    await comments.getByTestId('delete-comment').click();
    await answerDialog(owner, 'Delete the comment?');
    await comments.locator('.content').waitFor({ state: 'detached' });
    const stored = await managementCall(owner, `/orders/order?orderId=${order.orderId}`);
    expect(
      (stored.body as { responseData: { comments: unknown[] } }).responseData.comments,
    ).toEqual([]);
    // The shopper hears of each move, the shipment with its tracking number.
    const shopperMails = async () =>
      (await readOutbox(stack.outboxDir)).filter(
        (mail) => mail.to === shopperEmail && mail.template === 'order_status_changed',
      );
    await expect
      .poll(async () => (await shopperMails()).map((mail) => mail.data['event']))
      .toEqual(['confirmed', 'shipped', 'delivered']);
    const shipped = (await shopperMails())[1]?.data['item'] as { tracking_number?: string };
    expect(shipped.tracking_number).toBe(trackingNumber);

    // 9. The dashboard counts the order; its money is no revenue until the transfer arrives and
    //    a manager marks it paid (issue 18): then it moves from "awaiting payment" to revenue.
    await owner.goto(adminUrl(''));
    await owner.getByTestId('dashboard-figures').waitFor();
    const unpaid = await dashboardSince(owner, placedAt);
    expect(unpaid.orderCounts.today).toBe(before.orderCounts.today + 1);
    expect(cents(unpaid.revenue.today)).toBe(cents(before.revenue.today));
    expect(unpaid.awaitingPayment.orders).toBe(before.awaitingPayment.orders + 1);
    await markPaidAndSeeDashboard(owner, order, placedAt, 'superadmin-marks-transfer-paid');
    const after = await dashboardFigures(owner);
    expect(after.orderCounts.today).toBe(before.orderCounts.today + 1);
    expect(after.orderCounts.last30Days).toBe(before.orderCounts.last30Days + 1);
    expect(cents(after.revenue.today) - cents(before.revenue.today)).toBe(cents(order.total));
    expect(after.awaitingPayment).toEqual(before.awaitingPayment);
    expect(after.ordersByStatus['COMPLETED']).toBe((before.ordersByStatus['COMPLETED'] ?? 0) + 1);
    expect(after.topProductsByUnits).toContainEqual(
      expect.objectContaining({ productId, name: productName, units: 1 }),
    );
    expect(await owner.getByTestId('orders-today').innerText()).toBe(
      String(after.orderCounts.today),
    );
    await album.take(owner, 'superadmin-dashboard-after');

    // 10. The audit log tells who did what: the order's four moves, the product, the new admin.
    await owner.goto(adminUrl('audit'));
    await owner.locator('#audit-entity').fill(order.orderId);
    await owner.locator('#audit-entity').press('Enter');
    await expect
      .poll(() => column(owner, 'audit-table', 3))
      .toEqual([
        'Payment received',
        'Comment deleted',
        'Comment edited',
        'Comment added',
        'Line marked delivered',
        'Line shipped',
        'Line being prepared',
        'Order confirmed',
      ]);
    for (const who of await column(owner, 'audit-table', 2))
      expect(who).toContain(superadmin.email);
    await album.take(owner, 'audit-log-of-the-order');

    await owner.goto(adminUrl(`audit?entityId=${productId}`));
    await owner.getByTestId('audit-table').waitFor();
    expect(await column(owner, 'audit-table', 3)).toEqual(['Product added']);
    expect((await column(owner, 'audit-table', 2))[0]).toContain(catalogueAdmin.email);
    await album.take(owner, 'audit-log-of-the-product');

    await owner.goto(adminUrl('audit?entityType=admin'));
    await owner.getByTestId('audit-table').waitFor();
    expect(await owner.getByTestId('audit-table').innerText()).toContain('Admin created');
    await album.take(owner, 'audit-log-of-admins');

    // 11. Signing out ends the session on the server, not only in this tab.
    await owner.getByTestId('logout').click();
    await owner.waitForURL((url) => url.pathname.endsWith('/login'));
    expect((await managementCall(owner, '/security/isLoggedIn')).body).toBe(false);

    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
    expect(unprotected, 'webclient pages served without a CSP').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  });

  it('when a bank transfer arrives, then on a phone (390 px) and a laptop (1366 px) the manager marks it paid and the dashboard follows', async () => {
    if (!made) throw new Error('the journey above did not make the product these orders buy');
    const { productId } = made;
    const page = await newBrowserPage();
    await logIn(page, superadmin);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const order = await placeOrderThroughApi({
        method: 'BANK_TRANSFER',
        shoppingApi: stack.urls.shoppingApi,
        webOrigin: new URL(stack.urls.admin).origin,
        outboxDir: stack.outboxDir,
        shopper: {
          name: 'Teresa Transferência',
          email: `transfer-${width}-${run}@example.com`,
          password: `transfer password ${run} ${width}`,
        },
        productId,
      });
      const placedAt = Date.now();
      // The list shows it awaiting payment, on the phone too.
      await page.goto(adminUrl('orders?status=RECEIVED'));
      await expect
        .poll(() => page.getByTestId(`payment-status-${order.orderId}`).innerText())
        .toBe('Awaiting payment');
      await markPaidAndSeeDashboard(page, order, placedAt, `transfer-paid-at-${width}`);
      await page.goto(adminUrl('orders?status=RECEIVED'));
      await expect
        .poll(() => page.getByTestId(`payment-status-${order.orderId}`).innerText())
        .toBe('Paid');
    }
    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });

  it('when every admin page is shown on a phone (390 px) and a laptop (1366 px), then none is wider than the screen', async () => {
    if (!made)
      throw new Error('the journey above did not make the order and product these pages show');
    const { orderId, productId } = made;
    const paths = [
      '',
      'orders?status=ALL',
      `orders/${orderId}`,
      'catalog',
      `catalog/${productId}`,
      'catalog/new',
      'featured',
      'reference-data/categories',
      'reference-data/tariffs',
      'reference-data/countries',
      'reference-data/shipping-methods',
      'reference-data/exchange-rates',
      'reference-data/carriers',
      'coupons',
      'admins',
      'audit',
      `audit?entityId=${orderId}`,
      'customers',
      `customers?q=${encodeURIComponent(shopperEmail)}`,
    ];
    const page = await newBrowserPage();
    const overflowing: string[] = [];
    /** The document may not scroll sideways: only a table's own container may, by design. */
    async function check(path: string, width: number): Promise<void> {
      await page.goto(adminUrl(path));
      await page.locator('h1').first().waitFor();
      await expect.poll(() => page.locator('.ui-loading').count()).toBe(0);
      const size = await page.evaluate(() => {
        const viewport = window.innerWidth;
        // The innermost elements past the right edge name the culprit in the failure message.
        const past = Array.from(document.querySelectorAll('body *')).filter(
          (element) =>
            element.getBoundingClientRect().right > viewport + 1 &&
            !Array.from(element.children).some(
              (child) => child.getBoundingClientRect().right > viewport + 1,
            ),
        );
        const name = (element: Element) =>
          `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${Array.from(element.classList, (c) => `.${c}`).join('')}`;
        return {
          document: document.documentElement.scrollWidth,
          viewport,
          culprits: past.slice(0, 3).map(name),
        };
      });
      if (size.document > size.viewport) {
        overflowing.push(
          `/${path} at ${width} px lays out ${size.document} px wide (${size.culprits.join(', ')})`,
        );
      }
      await album.take(page, `fits-${width}-${path.replace(/[^a-z0-9]+/gi, '-') || 'home'}`);
    }

    const widths = [390, 1366];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await check('login', width);
    }
    await logIn(page, superadmin);
    paths.push(`customers/${await customerIdOf(page, shopperEmail)}`);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) await check(path, width);
    }

    expect(overflowing, 'pages wider than the screen').toEqual([]);
    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });
});
