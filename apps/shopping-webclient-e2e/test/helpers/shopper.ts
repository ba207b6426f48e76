import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { linksIn, waitForMail } from '@aneis/e2e-support';

export interface Shopper {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** A shopper no other test (or earlier run) has used. */
export function newShopper(label: string): Shopper {
  const id = randomUUID().slice(0, 8);
  return {
    name: `Cliente ${label} ${id}`,
    email: `${label}-${id}@e2e.asenhoradosaneis.example`,
    password: `anel-${id}-2026`,
  };
}

/** Fills and sends the sign-up form on the page the browser is on. */
export async function signUp(page: Page, shopper: Shopper): Promise<void> {
  await page.locator('#signup-name').fill(shopper.name);
  await page.locator('#signup-email').fill(shopper.email);
  await page.locator('#signup-password').fill(shopper.password);
  await page.locator('#signup-confirm').fill(shopper.password);
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('signup-done').waitFor();
}

/** The confirmation link of the mail the sign-up sent, as the shopper would click it. */
export async function confirmationLink(outboxDir: string, shopper: Shopper): Promise<string> {
  const mail = await waitForMail(outboxDir, { to: shopper.email });
  const link = linksIn(mail).find((href) => href.includes('/email-confirmation/'));
  if (!link) throw new Error(`no confirmation link in ${JSON.stringify(mail)}`);
  return link;
}

/** Fills and sends the log-in form on the page the browser is on. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Adds a Portuguese delivery address on the addresses page the browser is on. */
export async function addAddress(page: Page, street = 'Rua das Flores, 12'): Promise<void> {
  await page.getByTestId('address-add').click();
  await page.getByTestId('address-firstName').fill('Maria');
  await page.getByTestId('address-lastName').fill('Silva');
  await page.getByTestId('address-addressLine1').fill(street);
  await page.getByTestId('address-city').fill('Porto');
  await page.getByTestId('address-state').fill('Porto');
  await page.getByTestId('address-zipCode').fill('4050-262');
  await page.getByTestId('address-mobilePhone').fill('+351912345678');
  await page.getByLabel('País').selectOption('PT');
  await page.getByTestId('address-save').click();
  await page.getByTestId('address-item').filter({ hasText: street }).first().waitFor();
}

/** Picks the last value of each customization select (nothing is chosen for the shopper). */
export async function chooseCustomizations(page: Page, keys: readonly string[]): Promise<string[]> {
  const chosen: string[] = [];
  for (const key of keys) {
    const select = page.getByTestId(`customization-${key}`);
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const value = values.at(-1);
    if (value === undefined) throw new Error(`customization ${key} has no values`);
    await select.selectOption(value);
    chosen.push(value);
  }
  return chosen;
}

/** Text with every run of whitespace (prices use no-break spaces) made one plain space. */
export function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the first element with this test id, whitespace squashed. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return squash(await page.getByTestId(testId).first().textContent());
}

/** "1 359,40 €" or "€1,359.40" → 135940: the cents of a price as the page shows it. */
export function euroCents(text: string | null): number {
  const digits = squash(text).replace(/[^\d,.]/g, '');
  const decimals = /[,.](\d{2})$/.exec(digits);
  const whole = (decimals ? digits.slice(0, -3) : digits).replace(/[,.]/g, '');
  return Number(whole) * 100 + Number(decimals?.[1] ?? 0);
}

/** The rows of the price breakdown on the page, label → cents. */
export async function breakdownFigures(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .getByTestId('price-breakdown')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        tr.querySelector('td')?.textContent ?? '',
      ]),
    );
  return Object.fromEntries(
    rows.map(([label = '', price = '']) => [squash(label), euroCents(price)]),
  );
}
