import type { Country } from '@aneis/contracts';
import { mount } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import AddressForm from './AddressForm.vue';

const country = (code: string, name: string): Country => ({
  code,
  name,
  currency: 'EUR',
  active: true,
});
// As the server lists them: alphabetical by stored English name.
const countries = [
  country('FR', 'France'),
  country('DE', 'Germany'),
  country('NP', 'Nepal'),
  country('PT', 'Portugal'),
  country('ES', 'Spain'),
];

const mountForm = () => mount(AddressForm, { props: { countries, busy: false, error: null } });

describe('AddressForm countries', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it('when a new address is started in Portuguese, then Portugal is first and chosen, names in PT', () => {
    const select = mountForm().get<HTMLSelectElement>('[data-testid="address-country"]');
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      'Portugal',
      'Alemanha',
      'Espanha',
      'França',
      'Nepal',
    ]);
    expect(select.element.value).toBe('PT');
  });

  it('when the shopper reads English, then the names are English, Portugal still first', () => {
    useI18n().setLocale('en');
    const select = mountForm().get<HTMLSelectElement>('[data-testid="address-country"]');
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      'Portugal',
      'France',
      'Germany',
      'Nepal',
      'Spain',
    ]);
  });
});
