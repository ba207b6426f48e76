import { rm } from 'node:fs/promises';
import { startLocalStack } from '@aneis/e2e-support';
import type { TestProject } from 'vitest/node';
import { SCREENSHOT_DIR } from './helpers/screenshot-dir.js';

/** What a test needs to know about the running shop; plain data so vitest can hand it over. */
export interface ShopAddresses {
  readonly storefront: string;
  readonly shoppingApi: string;
  readonly edgePort: number;
  /** Where the servers write every email instead of sending it. */
  readonly outboxDir: string;
  /** Everything the stack printed (edge rotation, server warnings), shown when a test fails. */
  readonly stackLog: string;
  /** The management API and admin pages, for tests that set the shop up as its owner would. */
  readonly managementApi: string;
  readonly admin: string;
  /** The superadmin the management server creates at start. */
  readonly owner: { readonly email: string; readonly password: string };
}

const OWNER = { email: 'dona@e2e.asenhoradosaneis.example', password: 'dona-da-loja-2026' };

declare module 'vitest' {
  export interface ProvidedContext {
    shop: ShopAddresses;
  }
}

/** One shop for the whole run, shared by every file: tests use accounts of their own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Screenshots of an earlier run would pass for this run's.
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  const shop = await startLocalStack({ dataDirPrefix: 'shop-e2e-', seedAdmin: OWNER });
  project.provide('shop', {
    storefront: shop.urls.storefront,
    shoppingApi: shop.urls.shoppingApi,
    edgePort: shop.edgePort,
    outboxDir: shop.outboxDir,
    stackLog: shop.outputFile,
    managementApi: shop.urls.managementApi,
    admin: shop.urls.admin,
    owner: OWNER,
  });
  return async () => {
    const left = await shop.stop();
    if (left.length > 0) {
      throw new Error(`the local stack left processes behind (killed now): ${left.join(', ')}`);
    }
  };
}
