import type { Country } from '@aneis/contracts';
import { countryName, countryOptions, defaultCountry } from './country-names.js';

const country = (code: string, name: string): Country => ({
  code,
  name,
  currency: 'EUR',
  active: true,
});
const shop = [
  country('US', 'United States of America'),
  country('ES', 'Spain'),
  country('NP', 'Nepal'),
  country('PT', 'Portugal'),
  country('DE', 'Germany'),
];

describe('country names', () => {
  it('when the shopper reads Portuguese, then countries are named in Portuguese, Portugal first', () => {
    expect(countryOptions(shop, 'pt-PT')).toEqual([
      { code: 'PT', label: 'Portugal' },
      { code: 'DE', label: 'Alemanha' },
      { code: 'ES', label: 'Espanha' },
      { code: 'US', label: 'Estados Unidos' },
      { code: 'NP', label: 'Nepal' },
    ]);
  });

  it('when the shopper reads English, then English names, still Portugal first', () => {
    expect(countryOptions(shop, 'en-GB').map((option) => option.label)).toEqual([
      'Portugal',
      'Germany',
      'Nepal',
      'Spain',
      'United States',
    ]);
  });

  it('when a code is unknown to the browser, then the stored name is shown', () => {
    // AA is a user-assigned code: no locale names it.
    expect(countryName(country('AA', 'Nowhere land'), 'pt-PT')).toBe('Nowhere land');
  });

  it('when a new address starts, then Portugal is chosen if the shop delivers there', () => {
    expect(defaultCountry(shop)).toBe('PT');
    expect(defaultCountry([country('NP', 'Nepal'), country('US', 'USA')])).toBe('NP');
    expect(defaultCountry([])).toBe('');
  });
});
