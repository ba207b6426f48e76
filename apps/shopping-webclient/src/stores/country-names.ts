import type { Country } from '@aneis/contracts';

/** The shop is Portuguese: its country comes first in lists and is the new address's default. */
export const HOME_COUNTRY = 'PT';

export interface CountryOption {
  code: string;
  label: string;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the shopper's language (Intl knows every ISO code), falling back to the
 * name the shop stored (in English) where the browser cannot tell.
 */
export function countryName(country: Pick<Country, 'code' | 'name'>, intlLocale: string): string {
  try {
    let names = displayNames.get(intlLocale);
    if (!names) {
      names = new Intl.DisplayNames([intlLocale], { type: 'region', fallback: 'none' });
      displayNames.set(intlLocale, names);
    }
    return names.of(country.code) ?? country.name;
  } catch {
    return country.name;
  }
}

/** Portugal first, then the rest in the shopper's alphabetical order. */
export function countryOptions(countries: readonly Country[], intlLocale: string): CountryOption[] {
  const options = countries.map((country) => ({
    code: country.code,
    label: countryName(country, intlLocale),
  }));
  const collator = new Intl.Collator(intlLocale);
  return options.sort(
    (a, b) =>
      Number(b.code === HOME_COUNTRY) - Number(a.code === HOME_COUNTRY) ||
      collator.compare(a.label, b.label),
  );
}

/** What a new address form starts with: Portugal where the shop delivers there. */
export function defaultCountry(countries: readonly Country[]): string {
  return (
    countries.find((country) => country.code === HOME_COUNTRY)?.code ?? countries[0]?.code ?? ''
  );
}
