import type { CatalogBundle } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';

/** Stores, categories, weight units and tariffs for the catalogue pages, read once per visit. */
export const useCatalogueBundleStore = defineStore('catalogue-bundle', () => {
  const bundle = ref<CatalogBundle | null>(null);
  let pending: Promise<CatalogBundle> | null = null;

  async function load(force = false): Promise<CatalogBundle> {
    if (bundle.value && !force) return bundle.value;
    pending ??= useManagementApi()
      .call('GET /referenceData/getCatalogBundle')
      .finally(() => (pending = null));
    bundle.value = await pending;
    return bundle.value;
  }

  return { bundle, load };
});
