import type { Browser, Page } from 'playwright-core';

/**
 * A desktop admin page in English, logged in as `admin`, that notes every uncaught page error
 * and every 5xx answer in `problems` (journeys assert it stays empty: a journey that "passed"
 * while the page threw or the server failed did not pass).
 */
export async function loggedInAdminPage(
  browser: Browser,
  adminUrl: (path: string) => string,
  admin: { email: string; password: string },
  problems: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(() => window.localStorage.setItem('aneis.admin.locale', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(adminUrl('login'));
  await page.getByTestId('login-email').fill(admin.email);
  await page.getByTestId('login-password').fill(admin.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.getByTestId('main-nav').waitFor();
  return page;
}
