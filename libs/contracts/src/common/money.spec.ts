import { hostileOperator } from '../../test/fixtures.js';
import { decimalAmountInputSchema, moneyFromMinor, moneySchema, moneyToMinor } from './money.js';

describe('money on the wire', () => {
  it('when a Veniqa price is parsed, then it is kept as a decimal amount and currency', () => {
    expect(moneySchema.parse({ amount: 27.99, currency: 'USD' })).toEqual({
      amount: 27.99,
      currency: 'USD',
    });
  });

  it('when a lower-case currency is sent, then it is normalised to upper case', () => {
    expect(moneySchema.parse({ amount: 1, currency: 'eur' }).currency).toBe('EUR');
  });

  it('when converting to minor units and back, then the wire value is unchanged', () => {
    const minor = moneyToMinor({ amount: 19.99, currency: 'EUR' });
    expect(minor).toEqual({ cents: 1999, currency: 'EUR' });
    expect(moneyFromMinor(minor)).toEqual({ amount: 19.99, currency: 'EUR' });
  });

  it.each([
    ['three decimals', { amount: 19.999, currency: 'EUR' }],
    ['negative', { amount: -1, currency: 'EUR' }],
    ['a string amount', { amount: '19.99', currency: 'EUR' }],
    ['an operator amount', { amount: hostileOperator, currency: 'EUR' }],
    ['an operator currency', { amount: 1, currency: hostileOperator }],
    ['an unknown currency shape', { amount: 1, currency: 'EURO' }],
    ['a huge amount', { amount: 1e12, currency: 'EUR' }],
    ['infinity', { amount: Number.POSITIVE_INFINITY, currency: 'EUR' }],
  ])('when money has %s, then it is refused', (_label, value) => {
    expect(moneySchema.safeParse(value).success).toBe(false);
  });

  it('when an admin form sends "25" or 25.5, then both become numbers', () => {
    expect(decimalAmountInputSchema.parse('25')).toBe(25);
    expect(decimalAmountInputSchema.parse(' 25.50 ')).toBe(25.5);
    expect(decimalAmountInputSchema.parse(15)).toBe(15);
  });

  it.each(['1e3', '-5', '1.234', 'abc', '', hostileOperator, ['25']])(
    'when an admin amount is %j, then it is refused',
    (value) => {
      expect(decimalAmountInputSchema.safeParse(value).success).toBe(false);
    },
  );
});
