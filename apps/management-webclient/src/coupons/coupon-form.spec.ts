import type { Coupon } from '@aneis/contracts';
import { blankCouponForm, couponToForm, readCouponForm } from './coupon-form.js';

describe('coupon form', () => {
  it('when a fixed-amount coupon is typed in euros, then the body carries cents and empty limits as none', () => {
    const read = readCouponForm({
      ...blankCouponForm(),
      code: ' verao5 ',
      kind: 'FIXED_AMOUNT',
      value: '5,50',
      minimum: '30',
      validUntil: '2026-09-01',
    });
    expect(read).toEqual({
      body: {
        code: 'VERAO5',
        kind: 'FIXED_AMOUNT',
        value: 550,
        minimumOrderCents: 3000,
        validFrom: null,
        validUntil: '2026-09-01',
        usageLimit: null,
        perCustomerLimit: null,
        active: true,
      },
    });
  });

  it('when a number field holds something else, then the field is named and nothing is sent', () => {
    expect(readCouponForm({ ...blankCouponForm(), value: 'dez' })).toEqual({ badField: 'value' });
    expect(readCouponForm({ ...blankCouponForm(), value: '10', usageLimit: '1.5' })).toEqual({
      badField: 'usageLimit',
    });
  });

  it('when a stored coupon is opened, then the form shows euros and days, and reads back the same', () => {
    const stored: Coupon = {
      code: 'OUTONO',
      kind: 'FIXED_AMOUNT',
      value: 1250,
      minimumOrderCents: 5000,
      validFrom: '2026-09-01T00:00:00.000Z',
      validUntil: null,
      usageLimit: 10,
      perCustomerLimit: 1,
      active: false,
      timesUsed: 3,
    };
    const form = couponToForm(stored);
    expect(form).toMatchObject({ value: '12.50', minimum: '50.00', validFrom: '2026-09-01' });
    expect(readCouponForm(form)).toEqual({
      body: {
        code: 'OUTONO',
        kind: 'FIXED_AMOUNT',
        value: 1250,
        minimumOrderCents: 5000,
        validFrom: '2026-09-01',
        validUntil: null,
        usageLimit: 10,
        perCustomerLimit: 1,
        active: false,
      },
    });
  });

  it('when a stored window is opened, then it shows the Lisbon days typed, the end being the last day it works, across both clock changes', () => {
    const stored: Coupon = {
      code: 'PRIMAVERA',
      kind: 'PERCENTAGE',
      value: 10,
      minimumOrderCents: 0,
      // From 25 October 2026 (starts 23:00 UTC on the 24th) until 28 March 2027 inclusive, the day
      // the clocks go forward (ends 23:00 UTC).
      validFrom: '2026-10-24T23:00:00.000Z',
      validUntil: '2027-03-28T23:00:00.000Z',
      usageLimit: null,
      perCustomerLimit: null,
      active: true,
      timesUsed: 0,
    };
    expect(couponToForm(stored)).toMatchObject({
      validFrom: '2026-10-25',
      validUntil: '2027-03-28',
    });
  });
});
