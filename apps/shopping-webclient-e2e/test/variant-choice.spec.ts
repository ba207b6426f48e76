import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { euroCents, squash, textOf } from './helpers/shopper.js';

/**
 * Real variants, as a shopper meets them: nothing is chosen for them, the price follows the
 * metal, sold-out sizes are marked, and the cart names the choices in the shopper's language.
 */
describe('choosing a ring size and metal', () => {
  const shop = useShopBrowser();
  const RING = 'Solitário Aurora';

  it('when a size and a metal whose price differs are picked, then the page shows that price, and the cart the labelled choice in Portuguese and English', async () => {
    const page = await shop.newPage();
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
    const size = page.getByTestId('customization-tamanho');
    const metal = page.getByTestId('customization-metal');

    // No silent default: both lists ask for a choice, and adding says what is missing.
    await expect(size.inputValue()).resolves.toBe('');
    await expect(metal.inputValue()).resolves.toBe('');
    await page.getByTestId('add-to-cart').click();
    await expect(textOf(page, 'missing-tamanho')).resolves.toBe('Falta escolher: Tamanho (EU).');
    await expect(textOf(page, 'missing-metal')).resolves.toBe('Falta escolher: Metal.');
    await expect(page.getByRole('status').filter({ hasText: 'carrinho' }).count()).resolves.toBe(0);
    await screenshot(page, 'variant-01-missing-choices');

    // The pictured metal (white gold) is sold out in some sizes: marked and not selectable.
    await metal.selectOption('Ouro branco 18k');
    const goldCents = euroCents(await page.getByTestId('product-price').textContent());
    const size50 = size.locator('option[value="50"]');
    await expect(size50.textContent()).resolves.toContain('esgotado');
    await expect(size50.isDisabled()).resolves.toBe(true);

    // Platinum costs more, and the page says so before anything is added.
    const platinumOption = squash(await metal.locator('option[value="Platina 950"]').textContent());
    expect(platinumOption).toMatch(/^Platina 950 \(\+.+€\)$/);
    await metal.selectOption('Platina 950');
    const platinumCents = euroCents(await page.getByTestId('product-price').textContent());
    expect(platinumCents).toBeGreaterThan(goldCents);
    expect(platinumCents - goldCents).toBe(euroCents(platinumOption.replace(/^Platina 950/, '')));
    await size.selectOption('62');
    await expect(page.getByTestId('missing-tamanho').count()).resolves.toBe(0);
    await screenshot(page, 'variant-02-platinum-62');

    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    await page.getByTestId('cart-link').click();
    const line = page.getByTestId('cart-line').filter({ hasText: RING });
    await line.waitFor();
    await expect(textOf(page, 'cart-line-choices')).resolves.toBe(
      'Tamanho (EU): 62 · Metal: Platina 950',
    );
    expect(euroCents(await line.locator('.cart-line__unit').textContent())).toBe(platinumCents);
    expect(squash(await line.textContent())).not.toMatch(/tamanho:|metal:/);
    await screenshot(page, 'variant-03-cart-pt');

    await page.getByTestId('language-switch').selectOption('en');
    await expect
      .poll(() => textOf(page, 'cart-line-choices'))
      .toBe('Size (EU): 62 · Metal: Platinum 950');
    await screenshot(page, 'variant-04-cart-en');
    await page.getByTestId('language-switch').selectOption('pt');
  });
});
