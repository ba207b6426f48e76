import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { squash } from './helpers/shopper.js';

// The server keeps Veniqa's English `errorDetails`; a Portuguese page must show none of it.
const ENGLISH_SERVER_TEXT = /Invalid request|must be|Not Found|Bad Request/;

describe('errors a shopper understands', () => {
  const shop = useShopBrowser();

  it('when a Portuguese sign-up form is sent empty, then each field says in Portuguese what it needs', async () => {
    const page = await shop.newPage();
    await page.goto(shop.url('signup'));
    const answer = page.waitForResponse((r) => r.url().endsWith('/security/signup'));
    await page.getByTestId('signup-submit').click();
    expect((await answer).status()).toBe(400);

    const emailError = page.locator('#signup-email-error');
    await emailError.waitFor();
    expect(squash(await emailError.textContent())).toBe('Campo obrigatório.');
    expect(squash(await page.locator('#signup-name-error').textContent())).toBe(
      'Campo obrigatório.',
    );
    expect(squash(await page.locator('#signup-password-error').textContent())).toBe(
      'Demasiado curto: pelo menos 8 caracteres.',
    );
    await expect(page.locator('#signup-email').getAttribute('aria-describedby')).resolves.toBe(
      'signup-email-error',
    );
    expect(await page.locator('main').textContent()).not.toMatch(ENGLISH_SERVER_TEXT);
    await screenshot(page, 'errors-signup-empty');
  });

  it('when the e-mail is malformed and the password weak, then the fields say why in Portuguese', async () => {
    const page = await shop.newPage();
    await page.goto(shop.url('signup'));
    await page.locator('#signup-name').fill('Cliente Apressada');
    await page.locator('#signup-email').fill('cliente-sem-arroba');
    await page.locator('#signup-password').fill('abcdefghij');
    await page.locator('#signup-confirm').fill('abcdefghij');
    await page.getByTestId('signup-submit').click();

    const emailError = page.locator('#signup-email-error');
    await emailError.waitFor();
    expect(squash(await emailError.textContent())).toBe('Indique um endereço de e-mail válido.');
    expect(squash(await page.locator('#signup-password-error').textContent())).toBe(
      'Tem de conter pelo menos um algarismo.',
    );
    await expect(page.locator('#signup-name-error').count()).resolves.toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(ENGLISH_SERVER_TEXT);
    await screenshot(page, 'errors-signup-invalid');
  });

  it('when a product does not exist, then the page says so in Portuguese, not "Not Found"', async () => {
    const page = await shop.newPage();
    const answer = page.waitForResponse((r) => r.url().includes('/catalog/getProductDetails'));
    await page.goto(shop.url(`products/${'f'.repeat(24)}`));
    expect((await answer).status()).toBe(404);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(squash(await alert.textContent())).toBe('Não encontrámos o que procura.');
    expect(await page.locator('main').textContent()).not.toMatch(ENGLISH_SERVER_TEXT);
    await screenshot(page, 'errors-unknown-product');
  });
});
