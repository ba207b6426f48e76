import type { Country } from '@aneis/contracts';
import { computed, ref } from 'vue';
import { useShoppingApi } from '../api/shopping-api.js';
import { useI18n } from '../i18n/i18n.js';
import { countryName, countryOptions } from './country-names.js';

const countries = ref<Country[] | null>(null);

/** Destinations the shop delivers to (loaded once), named in the shopper's language. */
export function useCountries() {
  const { intlLocale } = useI18n();
  async function load(): Promise<void> {
    if (countries.value) return;
    const all = await useShoppingApi().call('GET /ui/countries');
    countries.value = all.filter((country) => country.active);
  }
  /** Portugal first, then alphabetical in the shopper's language. */
  const options = computed(() => countryOptions(countries.value ?? [], intlLocale.value));
  /** Addresses may name a country by code or (Veniqa's data) by name. */
  function nameOf(ref: string): string {
    const match = countries.value?.find((country) => country.code === ref || country.name === ref);
    return match ? countryName(match, intlLocale.value) : ref;
  }
  return { countries, options, load, nameOf };
}
