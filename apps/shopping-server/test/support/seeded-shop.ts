import { seedReferenceData } from './seed.js';
import { useShopHarness, type RunningShop } from './shop-harness.js';

export type ReferenceData = Awaited<ReturnType<typeof seedReferenceData>>;

/** Gives `target` what was made (its getters too), so a const taken early is the real thing later. */
function fillIn<T extends object>(target: T, made: T): void {
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(made));
}

/**
 * The shop most specs test: this file's harness, its reference data seeded and one shopping
 * server started on it before the first test (the harness closes it after the last). `shop` and
 * `refs` are filled in place, so a file takes them at its top.
 */
export function useSeededShop() {
  const harness = useShopHarness();
  const shop = {} as RunningShop;
  const refs = {} as ReferenceData;
  beforeAll(async () => {
    fillIn(refs, await seedReferenceData(harness.models));
    fillIn(shop, await harness.start());
  });
  return { harness, shop, refs };
}
