import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { logIn, newShopper, signUp } from './helpers/shopper.js';

describe('what a shopper cannot do', () => {
  const shop = useShopBrowser();

  it('when the password is wrong, then a clear message is shown in place', async () => {
    const page = await shop.newPage();
    const shopper = newShopper('wrong-password');
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);

    await page.goto(shop.url('login'));
    const answer = page.waitForResponse((r) => r.url().endsWith('/security/login'));
    await logIn(page, shopper.email, `${shopper.password}-not-it`);
    expect((await answer).status()).toBe(401);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('E-mail ou palavra-passe errados.');
    expect(new URL(page.url()).pathname).toMatch(/\/login$/);
    await expect(page.getByTestId('logout').count()).resolves.toBe(0);
    await screenshot(page, 'login-wrong-password');
  });

  it('when a product is sold out, then it cannot be put in the cart', async () => {
    const page = await shop.newPage();
    await page.goto(shop.url('search?q=Halo%20Lua%20Cheia'));
    const card = page.getByTestId('product-card').filter({ hasText: 'Halo Lua Cheia' });
    await card.first().getByRole('link').first().click();
    await page.waitForURL(/\/anel\/[a-z0-9-]+$/);

    const button = page.getByTestId('add-to-cart');
    await button.waitFor();
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(button.textContent()).resolves.toContain('Esgotado');
    await expect(page.getByTestId('stock').textContent()).resolves.toContain('Esgotado');
    await expect(page.getByTestId('quantity').isDisabled()).resolves.toBe(true);
    // A disabled button ignores a forced click: nothing navigates, nothing is added.
    await button.click({ force: true });
    expect(new URL(page.url()).pathname).toMatch(/\/anel\//);
    await expect(page.getByRole('status').count()).resolves.toBe(0);
    await screenshot(page, 'product-sold-out');
  });
});
