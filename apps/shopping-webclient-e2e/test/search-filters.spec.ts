import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  addAddress,
  chooseCustomizations,
  confirmationLink,
  euroCents,
  logIn,
  newShopper,
  signUp,
  squash,
} from './helpers/shopper.js';

/**
 * Issue 17 item 9 on the demo catalogue: the search page's filters at a phone's and a laptop's
 * width, the empty result's way out, and a Portuguese address form and its shipping offers.
 * Facts relied on (demo seed): the only men's ring in silver is "Banda Martelada Ribeira"
 * (€129, men's sizes 58–70), no men's ring is made in rose gold, and between €100 and €150
 * there are exactly that band and "Anel Fio de Ouro" (€145).
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

async function resultsSettled(page: Page): Promise<void> {
  await page.getByTestId('result-count').waitFor();
}

async function cardNames(page: Page): Promise<string[]> {
  const names = await page
    .getByTestId('product-card')
    .locator('.product-card__name')
    .allTextContents();
  return names.map(squash).sort();
}

describe('search filters (issue 17 item 9)', () => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');

  describe.each(VIEWPORTS)('at $width px ($name)', (viewport) => {
    it('when metal, size and a price range are chosen, then only matching rings are listed and the URL keeps them', async () => {
      const page = await shop.newPage(viewport);
      await page.goto(shop.url('search'));
      await resultsSettled(page);

      await page.getByTestId('filter-metal').selectOption('prata');
      await page.waitForURL(/metal=prata/);
      await page.getByTestId('filter-size').selectOption('66');
      await page.waitForURL(/size=66/);
      await resultsSettled(page);
      expect(await cardNames(page)).toEqual(['Banda Martelada Ribeira']);
      await expect(page.getByTestId('result-count').textContent()).resolves.toBe(
        '1 anel encontrado',
      );
      // Every control is on screen and usable at this width (none pushed off the side).
      for (const id of ['filter-metal', 'filter-size', 'filter-min-price', 'filter-max-price']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box, id).not.toBeNull();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewport.width, id).toBe(
          true,
        );
      }
      await screenshot(page, `filters-${viewport.name}-metal-size`);

      // A price range instead: typed bounds, applied when the field is left.
      await page.getByTestId('filter-clear').click();
      await page.waitForURL((url) => !url.search.includes('metal='));
      await page.getByTestId('filter-min-price').fill('100');
      await page.getByTestId('filter-min-price').press('Tab');
      await page.waitForURL(/min=100/);
      await page.getByTestId('filter-max-price').fill('150');
      await page.getByTestId('filter-max-price').press('Tab');
      await page.waitForURL(/max=150/);
      await resultsSettled(page);
      expect(await cardNames(page)).toEqual(['Anel Fio de Ouro', 'Banda Martelada Ribeira']);
      for (const price of await page.getByTestId('price').allTextContents()) {
        expect(euroCents(price)).toBeGreaterThanOrEqual(10_000);
        expect(euroCents(price)).toBeLessThanOrEqual(15_000);
      }
      await screenshot(page, `filters-${viewport.name}-price`);

      // Reloading the URL replays the same search.
      await page.reload();
      await resultsSettled(page);
      expect(await cardNames(page)).toEqual(['Anel Fio de Ouro', 'Banda Martelada Ribeira']);
      await expect(page.getByTestId('filter-max-price').inputValue()).resolves.toBe('150');
    });

    it('when the filters leave no ring, then something else is suggested and one click clears them', async () => {
      const page = await shop.newPage(viewport);
      await page.goto(shop.url('search?category=Homem&metal=ouro-rosa'));
      await resultsSettled(page);
      await expect(page.getByTestId('result-count').textContent()).resolves.toBe(
        '0 anéis encontrados',
      );
      const empty = page.getByTestId('no-results');
      await expect(empty.textContent()).resolves.toContain(
        'Nenhum anel corresponde a estes filtros.',
      );
      await empty.getByTestId('suggestions').getByTestId('product-card').first().waitFor();
      await screenshot(page, `filters-${viewport.name}-empty`);

      await empty.getByTestId('no-results-clear').click();
      await page.waitForURL((url) => !url.search.includes('metal='));
      expect(new URL(page.url()).searchParams.get('category')).toBe('Homem');
      await resultsSettled(page);
      await page.getByTestId('no-results').waitFor({ state: 'detached' });
      expect((await cardNames(page)).length).toBeGreaterThan(0);
    });
  });

  it('when a Portuguese shopper adds an address, then Portugal is first and chosen, countries are in Portuguese, and checkout offers CTT in working days, not International', async () => {
    const page = await shop.newPage({ width: 390, height: 844 });
    const shopper = newShopper('filters');
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);
    await page.goto(await confirmationLink(outboxDir, shopper));
    await page.getByTestId('email-confirmed').waitFor();
    await page.goto(shop.url('login?redirect=%2Faccount%2Faddresses'));
    await logIn(page, shopper.email, shopper.password);
    await page.getByTestId('address-add').click();
    const country = page.getByTestId('address-country');
    await country.waitFor();
    const names = (await country.locator('option').allTextContents()).map(squash);
    expect(names[0]).toBe('Portugal');
    expect(names).toContain('Espanha');
    expect(names).toContain('Estados Unidos');
    expect(names).not.toContain('Spain');
    await expect(country.inputValue()).resolves.toBe('PT');
    await screenshot(page, 'filters-address-form-pt');
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await addAddress(page);

    // A ring in the cart, then the checkout's shipping offers for that Portuguese address.
    await page.goto(shop.url('search?q=Banda%20Martelada'));
    await page.getByTestId('product-card').first().getByRole('link').first().click();
    // Nothing is chosen for the shopper: the ring size is picked first.
    await page
      .getByTestId('customization-tamanho')
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    await chooseCustomizations(page, ['tamanho']);
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    await page.goto(shop.url('checkout'));
    const offers = page.locator('input[name="shipping-method"]');
    await offers.first().waitFor();
    const shipping = page.locator('fieldset', {
      has: page.locator('input[name="shipping-method"]'),
    });
    const offerText = squash(await shipping.textContent());
    expect(offerText).toContain('CTT');
    expect(offerText).toContain('3–5 dias úteis');
    expect(offerText).not.toContain('International');
    await screenshot(page, 'filters-checkout-shipping-pt');
  });
});
