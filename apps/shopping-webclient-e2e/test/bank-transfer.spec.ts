import { inject } from 'vitest';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { openCheckoutWithRing } from './helpers/checkout-ready.js';
import { newShopper, squash } from './helpers/shopper.js';

/**
 * A shopper who pays by bank transfer lands on the order confirmation with everything needed
 * to pay: the local stack runs with the demo account (clearly marked), so that is what shows.
 */
describe('paying by bank transfer', () => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');
  const RING = 'Solitário Aurora';

  it.each([390, 1366])(
    'when a shopper %i px wide pays by bank transfer, then the confirmation shows IBAN, holder, reference and deadline',
    async (width) => {
      const shopper = newShopper(`transfer-${width}`);
      const page = await shop.newPage({ width, height: 900 });

      await openCheckoutWithRing(shop, page, outboxDir, shopper, RING);
      await page.getByLabel('Transferência bancária').check();
      await page.getByTestId('place-order').click();
      await page.waitForURL(/\/orders\/[0-9a-f]{24}\?placed=1/);

      const box = page.getByTestId('bank-transfer');
      await box.waitFor();
      await expect(box.getByRole('heading').textContent()).resolves.toBe(
        'Pagamento por transferência bancária',
      );
      await expect(page.getByTestId('transfer-iban').textContent()).resolves.toBe(
        'PT50 0002 0123 1234 5678 9015 4',
      );
      expect(squash(await page.getByTestId('transfer-beneficiary').textContent())).toMatch(
        /^DEMO /,
      );
      // The reference is the order's human number, as the confirmation names the order.
      const orderNumber = squash(await page.getByTestId('order-number').textContent());
      expect(orderNumber).toMatch(/^AN-\d{4}-\d{6}$/);
      await expect(page.getByTestId('transfer-reference').textContent()).resolves.toBe(orderNumber);
      expect(squash(await page.getByTestId('transfer-deadline').textContent())).toMatch(
        /^\d{1,2} de [a-zç]+ de \d{4}$/,
      );
      // The IBAN stays whole on a phone: nothing pushes the page sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await box.scrollIntoViewIfNeeded();
      await screenshot(page, `bank-transfer-confirmation-${width}`);
    },
  );
});
