import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  breakdownFigures,
  confirmationLink,
  euroCents,
  logIn,
  newShopper,
  signUp,
  squash,
  textOf,
} from './helpers/shopper.js';

type Language = 'pt' | 'en';

/** What the shopper reads at each step, per language (the app's and the mail's own words). */
const words = {
  pt: {
    added: 'carrinho',
    country: 'País',
    checkout: 'Finalizar compra',
    bankTransfer: 'Transferência bancária',
    vatLabel: 'dos quais IVA (23 %)',
    transferTitle: 'Pagamento por transferência bancária',
    mailSubject: 'Recebemos a sua encomenda',
    mailVat: 'dos quais IVA (23 %)',
    choicesPlatinum: 'Tamanho (EU): 62 · Metal: Platina 950',
  },
  en: {
    added: 'cart',
    country: 'Country',
    checkout: 'Checkout',
    bankTransfer: 'Bank transfer',
    vatLabel: 'of which VAT (23%)',
    transferTitle: 'Paying by bank transfer',
    mailSubject: 'We have received your order',
    mailVat: 'of which VAT (23%)',
    choicesPlatinum: 'Size (EU): 62 · Metal: Platinum 950',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** IVA contained in a gross price at 23 %, rounded half up to the cent (the shop's rule). */
const vatAt23 = (grossCents: number) => Math.round((grossCents * 2300) / 12300);

/**
 * Issue 17, done when: the whole way of a new shopper through a Portuguese ring shop, once in
 * each language — a cart filled as a guest, an account made from the checkout prompt with that
 * cart kept, a size and metal whose price differs, IVA in the breakdown, a bank transfer with its
 * instructions, and the order mail read in the local mail viewer as the shopper received it.
 */
describe('a new shopper’s whole way through the ring shop', () => {
  const shop = useShopBrowser();
  const { outboxDir, storefront, edgePort } = inject('shop');
  const mailViewer = `http://mail.${new URL(storefront).hostname}:${edgePort}/`;
  const RING = 'Solitário Aurora';

  async function openRing(page: Page): Promise<void> {
    await page.goto(shop.url('search?q=Aurora'));
    await page
      .getByTestId('product-card')
      .filter({ hasText: RING })
      .first()
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/anel\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: RING }).waitFor();
  }

  /** Picks a metal, then the largest size still sold in it; returns the price the page shows. */
  async function pick(page: Page, metal: string, size?: string): Promise<number> {
    await page.getByTestId('customization-metal').selectOption(metal);
    const sizes = page.getByTestId('customization-tamanho');
    const open = await sizes
      .locator('option:not([disabled])')
      .evaluateAll((options) =>
        options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
      );
    const chosen = size ?? open.at(-1);
    if (chosen === undefined || !open.includes(chosen)) {
      throw new Error(`no size ${size ?? ''} on sale in ${metal}: ${open.join(', ')}`);
    }
    await sizes.selectOption(chosen);
    return euroCents(await page.getByTestId('product-price').textContent());
  }

  async function addToCart(page: Page, language: Language): Promise<void> {
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: words[language].added }).waitFor();
  }

  async function addAddress(page: Page, language: Language): Promise<void> {
    await page.goto(shop.url('account/addresses'));
    await page.getByTestId('address-add').click();
    await page.getByTestId('address-firstName').fill('Maria');
    await page.getByTestId('address-lastName').fill('Silva');
    await page.getByTestId('address-addressLine1').fill('Rua de Santa Catarina, 112');
    await page.getByTestId('address-city').fill('Porto');
    await page.getByTestId('address-state').fill('Porto');
    await page.getByTestId('address-zipCode').fill('4000-442');
    await page.getByTestId('address-mobilePhone').fill('+351912345678');
    await page.getByLabel(words[language].country).selectOption('PT');
    await page.getByTestId('address-save').click();
    await page.getByTestId('address-item').first().waitFor();
  }

  it.each(['pt', 'en'] as const)(
    'when a guest shops in %s from an empty cart to a bank transfer, then every step reads in that language and the mail says what the page said',
    async (language) => {
      const say = words[language];
      const shopper = newShopper(`journey-${language}`);
      const page = await shop.newPage({ width: 1366, height: 900 });
      await page.goto(shop.url());
      if (language === 'en') await page.getByTestId('language-switch').selectOption('en');

      // A guest: white gold into the cart, then checkout asks them to log in or sign up.
      await openRing(page);
      const goldCents = await pick(page, 'Ouro branco 18k');
      await addToCart(page, language);
      await page.getByTestId('cart-link').click();
      await page.getByTestId('guest-checkout-prompt').waitFor();
      await screenshot(page, `journey-${language}-01-guest-cart`);

      // Sign-up from the prompt keeps the cart; confirming and logging in merges it, once.
      await page.getByTestId('guest-checkout-signup').click();
      await page.waitForURL(/\/signup\?redirect=/);
      await signUp(page, shopper);
      await page.getByTestId('signup-cart-kept').waitFor();
      await page.goto(await confirmationLink(outboxDir, shopper));
      await page.getByTestId('email-confirmed').waitFor();
      await page.goto(shop.url('login?redirect=/checkout'));
      await logIn(page, shopper.email, shopper.password);
      await page.waitForURL(/\/checkout$/);
      await page.getByRole('heading', { level: 1, name: say.checkout }).waitFor();
      await expect(textOf(page, 'cart-link')).resolves.toMatch(/1$/);

      // Platinum in size 62 costs more than the gold already in the cart.
      await addAddress(page, language);
      await openRing(page);
      const platinumCents = await pick(page, 'Platina 950', '62');
      expect(platinumCents).toBeGreaterThan(goldCents);
      await addToCart(page, language);
      await page.getByTestId('cart-link').click();
      const lines = page.getByTestId('cart-line');
      await expect.poll(() => lines.count()).toBe(2);
      await expect
        .poll(async () =>
          (await page.getByTestId('cart-line-choices').allTextContents()).map(squash),
        )
        .toContain(say.choicesPlatinum);
      await screenshot(page, `journey-${language}-02-cart-two-metals`);

      // The breakdown: both lines at their own prices, and the IVA they and the shipping contain
      // under the total (delivery is taxed like the rings it carries).
      await page.getByTestId('go-to-checkout').click();
      await page.getByTestId('price-breakdown').waitFor();
      const figures = await breakdownFigures(page);
      const lineCents = Object.entries(figures)
        .filter(([label]) => label.startsWith(`1 × ${RING}`))
        .map(([, cents]) => cents)
        .sort((a, b) => a - b);
      expect(lineCents).toEqual([goldCents, platinumCents]);
      const vatRow = page.getByTestId('checkout-vat');
      await expect(vatRow.locator('th').textContent().then(squash)).resolves.toBe(say.vatLabel);
      const vatCents = euroCents(await vatRow.locator('td').textContent());
      const shippingCents =
        euroCents(await page.getByTestId('checkout-total').textContent()) -
        goldCents -
        platinumCents;
      expect(shippingCents).toBeGreaterThan(0);
      expect(vatCents).toBe(vatAt23(goldCents) + vatAt23(platinumCents) + vatAt23(shippingCents));
      await screenshot(page, `journey-${language}-03-breakdown-with-iva`);

      // Bank transfer: the confirmation gives what is needed to pay.
      await page.getByLabel(say.bankTransfer).check();
      await page.getByTestId('place-order').click();
      await page.waitForURL(/\/orders\/[0-9a-f]{24}\?placed=1/);
      const box = page.getByTestId('bank-transfer');
      await expect(box.getByRole('heading').textContent()).resolves.toBe(say.transferTitle);
      const orderNumber = await textOf(page, 'order-number');
      expect(orderNumber).toMatch(/^AN-\d{4}-\d{6}$/);
      await expect(textOf(page, 'transfer-reference')).resolves.toBe(orderNumber);
      const iban = await textOf(page, 'transfer-iban');
      expect(iban).toMatch(/^PT50[\d ]+$/);
      await screenshot(page, `journey-${language}-04-transfer-instructions`);

      // The mail viewer shows the order mail in the shopper's language, with the same facts.
      await page.goto(mailViewer);
      const row = page.getByRole('row').filter({ hasText: shopper.email });
      const subject = `${say.mailSubject} ${orderNumber}`;
      await row.getByRole('link', { name: subject }).click();
      await page.getByRole('heading', { level: 1, name: subject }).waitFor();
      const text = squash(await page.locator('pre.viewer-text').textContent());
      expect(text).toContain(say.mailVat);
      expect(text).toContain(iban);
      expect(text).toContain(orderNumber);
      const mail = page.frameLocator('iframe.viewer-frame');
      await mail.getByText(say.mailVat).first().waitFor();
      await screenshot(page, `journey-${language}-05-mail-in-viewer`);
    },
  );
});
