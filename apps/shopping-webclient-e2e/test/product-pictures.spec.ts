import type { Locator, Page } from 'playwright-core';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';

/** What the browser made of an <img>: its candidates, the one it chose, and that it drew it. */
async function pictureOf(image: Locator) {
  await image.waitFor();
  // A lazy or still-loading picture: wait until the browser has decoded the one it chose.
  await image.evaluate((element: HTMLImageElement) => element.decode());
  return image.evaluate((element: HTMLImageElement) => ({
    srcset: element.srcset,
    chosen: element.currentSrc,
    // With a srcset, naturalWidth is the file's width over its density, i.e. the drawn size.
    drawn: element.complete && element.naturalWidth > 0,
  }));
}

/** The srcset's candidates by their width descriptor. */
function candidates(srcset: string): Map<number, string> {
  return new Map(
    srcset.split(',').map((entry) => {
      const [url = '', width = ''] = entry.trim().split(/\s+/);
      return [Number.parseInt(width, 10), url];
    }),
  );
}

async function openRing(page: Page, name: string): Promise<void> {
  const card = page.getByTestId('product-card').filter({ hasText: name });
  await card.first().getByRole('link').first().click();
  await page.waitForURL(/\/anel\/[a-z0-9-]+$/);
}

describe('product pictures', () => {
  const shop = useShopBrowser();

  const screens = [
    ['a desktop', { width: 1280, height: 900 }, 1200],
    ['a phone', { width: 390, height: 844 }, 400],
  ] as const;

  it.each(screens)(
    'when a product page opens on %s, then its picture offers both sizes and draws the right one',
    async (screen, viewport, drawnWidth) => {
      const page = await shop.newPage(viewport);
      await page.goto(shop.url('search?q=Solit%C3%A1rio%20Aurora'));
      await openRing(page, 'Solitário Aurora');

      const main = await pictureOf(page.getByTestId('gallery-zoom').locator('img'));
      const offered = candidates(main.srcset);
      expect([...offered.keys()]).toEqual([400, 1200]);
      expect(main.chosen).toBe(offered.get(drawnWidth));
      expect(main.drawn).toBe(true);
      await screenshot(page, `product-pictures-${screen.replace(' ', '-')}`);
    },
  );
});
