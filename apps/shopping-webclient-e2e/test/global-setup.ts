import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { SCREENSHOT_DIR } from './helpers/screenshot-dir.js';
import { startShop, type ShopAddresses } from '../support/start-shop.js';

declare module 'vitest' {
  export interface ProvidedContext {
    shop: ShopAddresses;
  }
}

/** One shop for the whole run, shared by every file: tests use accounts of their own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Screenshots of an earlier run would pass for this run's.
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  const shop = await startShop();
  project.provide('shop', {
    storefront: shop.storefront,
    shoppingApi: shop.shoppingApi,
    edgePort: shop.edgePort,
    outboxDir: shop.outboxDir,
  });
  return async () => {
    const left = await shop.stop();
    if (left.length > 0) {
      throw new Error(`the local stack left processes behind (killed now): ${left.join(', ')}`);
    }
  };
}
