import type { Carrier } from '@aneis/contracts';
import { trackingUrlFor } from '@aneis/contracts/constants';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';
import { useSessionStore } from '../session/session-store.js';

/**
 * The shop's carriers, for the order pages: the ship form offers the active ones and shipped
 * lines show a carrier's name. Re-read on each `load` (a manager may have just edited them in
 * reference data); without the permission or when the read fails the list stays empty, and the
 * provider is typed by hand (the server still checks it).
 */
export const useCarriersStore = defineStore('carriers', () => {
  const carriers = ref<Carrier[]>([]);
  let pending: Promise<void> | null = null;

  function load(): Promise<void> {
    if (!useSessionStore().can('canViewCarriers')) return Promise.resolve();
    pending ??= useManagementApi()
      .call('GET /referenceData/carrierList')
      .then((list) => {
        carriers.value = list;
      })
      .catch(() => undefined)
      .finally(() => (pending = null));
    return pending;
  }

  /** In the server's order: the shop's usual carrier first. */
  const active = computed(() => carriers.value.filter((carrier) => carrier.active));

  /** "CTT Correios de Portugal (CTT)" for a known code; the code alone otherwise. */
  function labelOf(code: string): string {
    const carrier = carriers.value.find((candidate) => candidate.code === code);
    return carrier ? `${carrier.name} (${carrier.code})` : code;
  }

  /** The parcel's tracking page when its carrier has an https template (what a link may open). */
  function trackingUrlOf(code: string, trackingNumber: string): string | undefined {
    const carrier = carriers.value.find((candidate) => candidate.code === code);
    const url = trackingUrlFor(carrier?.trackingUrlTemplate, trackingNumber);
    return url?.startsWith('https://') ? url : undefined;
  }

  return { carriers, active, load, labelOf, trackingUrlOf };
});
