import { screenshot, useShopBrowser } from './helpers/shop-browser.js';

describe('language', () => {
  const shop = useShopBrowser();

  it('when English is chosen, then the visible text changes and stays English after a reload', async () => {
    const page = await shop.newPage();
    await page.goto(shop.url());
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toBe('Anéis para todos os momentos');
    await expect(page.getByRole('link', { name: 'Entrar' }).count()).resolves.toBe(1);

    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Rings for every moment' }).waitFor();
    await expect(page.getByRole('link', { name: 'Log in' }).count()).resolves.toBe(1);
    await expect(page.locator('html').getAttribute('lang')).resolves.toMatch(/^en/);
    await screenshot(page, 'language-english');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Rings for every moment' }).waitFor();
    await expect(page.getByTestId('language-switch').inputValue()).resolves.toBe('en');

    await page.getByTestId('language-switch').selectOption('pt');
    await page.getByRole('heading', { level: 1, name: 'Anéis para todos os momentos' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anéis para todos os momentos' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toMatch(/^pt/);
    await screenshot(page, 'language-portuguese');
  });
});
