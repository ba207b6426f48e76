import type { Country } from '@aneis/contracts';
import { ref } from 'vue';
import { useShoppingApi } from '../api/shopping-api.js';

const countries = ref<Country[] | null>(null);

/** Destinations the shop delivers to (loaded once). */
export function useCountries() {
  async function load(): Promise<void> {
    if (countries.value) return;
    const all = await useShoppingApi().call('GET /ui/countries');
    countries.value = all.filter((country) => country.active);
  }
  /** Addresses may name a country by code or (Veniqa's data) by name. */
  function nameOf(ref: string): string {
    const match = countries.value?.find((country) => country.code === ref || country.name === ref);
    return match?.name ?? ref;
  }
  return { countries, load, nameOf };
}
