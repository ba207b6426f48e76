import { CookieJar, edgeRequest } from '@aneis/e2e-support';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { openCheckoutWithRing } from './helpers/checkout-ready.js';
import { newShopper } from './helpers/shopper.js';

/** What a shopper reads when the coupon's last use went to someone else (libs/ui's PT text). */
const USED_UP_PT = 'Este código de desconto já foi usado o número máximo de vezes.';

/** The shop's owner adds a coupon through the management API, as the admin's Coupons page does. */
async function ownerAddsCoupon(body: object): Promise<void> {
  const { edgePort, managementApi, admin, owner } = inject('shop');
  const cookies = new CookieJar();
  const call = (method: string, path: string, payload: object) =>
    edgeRequest({
      edgePort,
      host: new URL(managementApi).host,
      origin: new URL(admin).origin,
      method,
      path,
      body: payload,
      cookies,
      timeoutMs: 15_000,
    });
  const login = await call('POST', '/security/login', owner);
  if (login.status !== 200) throw new Error(`owner login: ${login.status} ${login.text}`);
  const added = await call('POST', '/coupons/coupon', body);
  if (added.status !== 200) throw new Error(`adding the coupon: ${added.status} ${added.text}`);
}

describe('a coupon with one use left', () => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');
  const RING = 'Solitário Aurora';

  /** A confirmed, logged-in shopper on the checkout with one ring in the cart. */
  async function shopperAtCheckout(label: string): Promise<Page> {
    const shopper = newShopper(label);
    const page = await shop.newPage({ width: 1366, height: 900 });
    await openCheckoutWithRing(shop, page, outboxDir, shopper, RING);
    return page;
  }

  it('when two shoppers use a limit-1 coupon at the same moment, then exactly one order gets it and the other shopper reads why next to the code', async () => {
    const code = `DUO${Date.now().toString(36).toUpperCase()}`;
    await ownerAddsCoupon({ code, kind: 'PERCENTAGE', value: 10, usageLimit: 1 });
    const pages = [await shopperAtCheckout('cupao-a'), await shopperAtCheckout('cupao-b')];

    // Both apply it while it still has its use: each sees the discount in the breakdown.
    for (const page of pages) {
      await page.getByTestId('coupon-input').fill(code.toLowerCase());
      await page.getByTestId('coupon-apply').click();
      await page.getByTestId('coupon-applied').waitFor();
      await page.getByTestId('checkout-discount').waitFor();
      await page.getByLabel('Pagamento na entrega').check();
    }

    // Both place their order at the same moment.
    await Promise.all(pages.map((page) => page.getByTestId('place-order').click()));
    const outcomes = await Promise.all(
      pages.map((page) =>
        Promise.race([
          page.waitForURL(/\/orders\/[0-9a-f]{24}\?placed=1/).then(() => 'ordered' as const),
          page
            .getByTestId('coupon')
            .getByRole('alert')
            .filter({ hasText: USED_UP_PT })
            .waitFor()
            .then(() => 'refused' as const),
        ]),
      ),
    );
    expect([...outcomes].sort()).toEqual(['ordered', 'refused']);

    const winner = pages[outcomes.indexOf('ordered')];
    const loser = pages[outcomes.indexOf('refused')];
    if (!winner || !loser) throw new Error('no winner or no loser');
    // Said once, at the code field: not again among the payment errors.
    expect(await loser.getByRole('alert').filter({ hasText: USED_UP_PT }).count()).toBe(1);
    expect((await loser.getByTestId('payment-error').textContent())?.trim()).toBe('');
    // The winner's order page shows the discount; the loser is still on the checkout.
    await winner.getByTestId('checkout-discount').waitFor();
    expect(await winner.getByTestId('checkout-discount').textContent()).toContain(code);
    expect(loser.url()).toContain('/checkout');
    await screenshot(loser, 'coupon-race-refused');
    await screenshot(winner, 'coupon-race-ordered');
  });
});
