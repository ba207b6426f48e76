import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { launchChromium, startLocalStack, type RunningStack } from '@aneis/e2e-support';
import type { Browser, Page } from 'playwright-core';
import { loggedInAdminPage } from '../support/admin-page.js';
import { ApiClient } from '../support/api-client.js';
import { ScreenshotAlbum } from '../support/screenshots.js';

/*
 * Issue 18 item 3 in a real browser against the whole local stack: the owner finds a shopper,
 * blocks and unblocks their login (the shop refuses them meanwhile, an open session included),
 * and erases another on request (gone from the list, unable to log in, free to sign up again).
 */
const album = new ScreenshotAlbum(join(import.meta.dirname, '../test-output/screenshots'));
const run = randomUUID().slice(0, 8);
const superadmin = {
  email: 'owner@asenhoradosaneis.example',
  password: 'a long enough local password 1',
};
const blockedShopper = {
  name: `Beatriz Bloqueio ${run}`,
  email: `beatriz-${run}@example.com`,
  password: `beatriz password ${run} 1`,
};
const erasedShopper = {
  name: `Eva Apagar ${run}`,
  email: `eva-${run}@example.com`,
  password: `eva password ${run} 1`,
};

let stack: RunningStack;
let browser: Browser;
const problems: string[] = [];

const adminUrl = (path: string) => `${stack.urls.admin}${path.replace(/^\//, '')}`;
const shopClient = () =>
  new ApiClient(stack.urls.shoppingApi, new URL(stack.urls.storefront).origin);

async function signUp(shopper: typeof blockedShopper): Promise<void> {
  await shopClient().ok('POST', '/security/signup', shopper);
}

async function loginStatus(shopper: typeof blockedShopper) {
  const reply = await shopClient().post('/security/login', {
    email: shopper.email,
    password: shopper.password,
  });
  return { status: reply.status, code: (reply.body as { code?: string } | null)?.code };
}

// Closing the browser closes the page's context too.
function openAdmin(): Promise<Page> {
  return loggedInAdminPage(browser, adminUrl, superadmin, problems);
}

/** Searches the customers page and opens the one result's page; answers the customer's id. */
async function findAndOpen(page: Page, text: string, name: string): Promise<string> {
  await page.getByTestId('main-nav').getByRole('link', { name: 'Customers' }).click();
  await page.getByTestId('customers-search').fill(text);
  await page.getByTestId('customers-search-submit').click();
  await page.getByRole('link', { name }).click();
  await expect.poll(() => page.getByTestId('customer-name').innerText()).toBe(name);
  const id = /\/customers\/([0-9a-f]{24})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`the customer page's address names no id: ${page.url()}`);
  return id;
}

async function confirmDialog(page: Page): Promise<string> {
  const dialog = page.getByTestId('confirm-dialog');
  const question = await dialog.innerText();
  await dialog.getByTestId('confirm-yes').click();
  return question;
}

beforeAll(async () => {
  stack = await startLocalStack({ seedAdmin: superadmin, dataDirPrefix: 'customers-e2e-' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const left = (await stack?.stop()) ?? [];
  expect(left, 'processes the local stack left behind').toEqual([]);
});

describe('customers in the admin UI (issue 18 item 3)', () => {
  it('when the owner searches, blocks, unblocks and erases customers, then the shop follows each step', async () => {
    await signUp(blockedShopper);
    await signUp(erasedShopper);
    // Logged in before the block: this session must stop working at its next request.
    const openSession = shopClient();
    await openSession.ok('POST', '/security/login', {
      email: blockedShopper.email,
      password: blockedShopper.password,
    });
    await openSession.ok('POST', '/user/orderList', { pagingOptions: { page: 1, limit: 5 } });

    const page = await openAdmin();
    await page.getByTestId('main-nav').getByRole('link', { name: 'Customers' }).click();
    await page.getByTestId('customers-search').fill(run);
    await page.getByTestId('customers-search-submit').click();
    await expect
      .poll(() => page.getByTestId('customer-link').allInnerTexts())
      .toEqual(expect.arrayContaining([blockedShopper.name, erasedShopper.name]));
    await album.take(page, 'customers-search');

    // Block: asked first, then refused at login (right password or not) and in the open session.
    const blockedId = await findAndOpen(page, blockedShopper.email, blockedShopper.name);
    await page.getByTestId('customer-block').click();
    expect(await confirmDialog(page)).toContain(blockedShopper.email);
    await expect.poll(() => page.getByTestId('customer-state').innerText()).toBe('Blocked');
    await album.take(page, 'customer-blocked');
    expect(await loginStatus(blockedShopper)).toEqual({ status: 403, code: 'ACCOUNT_BLOCKED' });
    const refused = await openSession.post('/user/orderList', {
      pagingOptions: { page: 1, limit: 5 },
    });
    expect(refused.status).toBe(403);

    await page.getByTestId('customer-unblock').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('customer-state').innerText()).toBe('Can log in');
    expect((await loginStatus(blockedShopper)).status).toBe(200);

    // The audit log tells both changes about this customer.
    await page.goto(adminUrl(`audit?entityId=${blockedId}`));
    await expect.poll(() => page.locator('main').innerText()).toContain('Customer login unblocked');
    const auditText = await page.locator('main').innerText();
    expect(auditText).toContain('Customer login blocked');
    expect(auditText).toContain('Customer login unblocked');

    // Erase: the dialog says what goes and what the books keep; then the shopper is gone.
    await findAndOpen(page, erasedShopper.email, erasedShopper.name);
    await page.getByTestId('customer-erase').click();
    const question = await confirmDialog(page);
    expect(question).toContain(erasedShopper.email);
    expect(question).toContain('Orders stay for the books');
    await expect.poll(() => page.getByTestId('customer-notice').innerText()).toContain('erased');
    await album.take(page, 'customer-erased');

    await page.getByTestId('main-nav').getByRole('link', { name: 'Customers' }).click();
    await page.getByTestId('customers-search').fill(erasedShopper.email);
    await page.getByTestId('customers-search-submit').click();
    // An empty list shows its sentence in place of the table.
    await expect.poll(() => page.locator('main').innerText()).toContain('No customers found.');
    expect((await loginStatus(erasedShopper)).status).toBe(401);
    await signUp(erasedShopper);
    expect((await loginStatus(erasedShopper)).status).toBe(200);

    expect(problems, 'server errors or page errors seen by the browser').toEqual([]);
  });
});
