import { hostileOperator, ids } from '../../test/fixtures.js';
import {
  countryBodySchema,
  exchangeRateBodySchema,
  shippingMethodBodySchema,
  updateCountryBodySchema,
  updateShippingMethodBodySchema,
} from './pricing-data.js';

const method = {
  code: 'veniqa_npl_expedited',
  name: 'Veniqa Expedited',
  summary: '7-10 days',
  maximumDays: 10,
  countries: ['NP'],
  price: { amount: 35, currency: 'EUR' },
};

describe('countries, shipping methods and exchange rates', () => {
  it('when a country is added, then code and currency are normalised and active defaults on', () => {
    expect(countryBodySchema.parse({ code: 'np', name: 'Nepal', currency: 'npr' })).toEqual({
      code: 'NP',
      name: 'Nepal',
      currency: 'NPR',
      active: true,
    });
  });

  it('when a country update omits active, then it stays unchanged (no default)', () => {
    expect(updateCountryBodySchema.parse({ code: 'NP', name: 'Nepal' })).toEqual({
      code: 'NP',
      name: 'Nepal',
    });
  });

  it('when a shipping method is added, then it parses with defaults', () => {
    expect(shippingMethodBodySchema.parse(method)).toEqual({
      ...method,
      active: true,
      aliases: [],
    });
    expect(shippingMethodBodySchema.parse({ ...method, countries: undefined }).countries).toEqual(
      [],
    );
  });

  it.each([
    ['an upper-case code', { ...method, code: 'Express' }],
    ['zero days', { ...method, maximumDays: 0 }],
    ['a country name', { ...method, countries: ['Nepal'] }],
    ['an operator price', { ...method, price: hostileOperator }],
  ])('when a shipping method has %s, then it is refused', (_label, body) => {
    expect(shippingMethodBodySchema.safeParse(body).success).toBe(false);
  });

  it("when a shipping method carries Veniqa's ids as aliases, then repeats are refused", () => {
    const aliases = ['20 day shipping', 'No Rush Shipping'];
    expect(shippingMethodBodySchema.parse({ ...method, aliases }).aliases).toEqual(aliases);
    expect(
      shippingMethodBodySchema.safeParse({ ...method, aliases: ['No Rush', 'no rush'] }).success,
    ).toBe(false);
  });

  it('when a shipping method update omits fields, then none are defaulted', () => {
    expect(updateShippingMethodBodySchema.parse({ _id: ids.section, name: 'Fast' })).toEqual({
      _id: ids.section,
      name: 'Fast',
    });
  });

  it('when an exchange rate is set, then it must be positive; other keys are stripped', () => {
    expect(exchangeRateBodySchema.parse({ currency: 'NPR', one_usd_equals: 114.22 })).toEqual({
      currency: 'NPR',
      one_usd_equals: 114.22,
    });
    expect(exchangeRateBodySchema.safeParse({ currency: 'NPR', one_usd_equals: 0 }).success).toBe(
      false,
    );
    expect(
      exchangeRateBodySchema.parse({ currency: 'NPR', one_usd_equals: 1, _id: ids.section }),
    ).toEqual({ currency: 'NPR', one_usd_equals: 1 });
  });
});
