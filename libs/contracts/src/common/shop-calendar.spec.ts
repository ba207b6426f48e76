import {
  shopDateOf,
  shopDayEnd,
  shopDayStart,
  shopLastDayBefore,
  shopValidityBound,
} from './shop-calendar.js';

const iso = (date: Date) => date.toISOString();

describe('the shop calendar is Lisbon days', () => {
  it('when a winter day is given, then it starts at midnight UTC (WET is UTC+0)', () => {
    expect(iso(shopDayStart('2026-01-15'))).toBe('2026-01-15T00:00:00.000Z');
    expect(iso(shopDayEnd('2026-01-15'))).toBe('2026-01-16T00:00:00.000Z');
  });

  it('when a summer day is given, then it starts at 23:00 UTC the day before (WEST is UTC+1)', () => {
    expect(iso(shopDayStart('2026-07-01'))).toBe('2026-06-30T23:00:00.000Z');
    expect(iso(shopDayEnd('2026-07-01'))).toBe('2026-07-01T23:00:00.000Z');
  });

  it('when the clocks go forward (29 March 2026, 01:00 UTC), then "until that day" ends at 23:59:59 Lisbon summer time, 22:59:59 UTC', () => {
    expect(iso(shopDayStart('2026-03-29'))).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(shopDayEnd('2026-03-29'))).toBe('2026-03-29T23:00:00.000Z');
    expect(shopDateOf('2026-03-29T22:59:59.999Z')).toBe('2026-03-29');
    expect(shopDateOf('2026-03-29T23:00:00.000Z')).toBe('2026-03-30');
    // A 23-hour day.
    expect(shopDayEnd('2026-03-29').getTime() - shopDayStart('2026-03-29').getTime()).toBe(
      23 * 3_600_000,
    );
  });

  it('when the clocks go back (25 October 2026, 01:00 UTC), then that day starts at 23:00 UTC the day before and lasts 25 hours', () => {
    expect(iso(shopDayStart('2026-10-25'))).toBe('2026-10-24T23:00:00.000Z');
    expect(iso(shopDayEnd('2026-10-25'))).toBe('2026-10-26T00:00:00.000Z');
    expect(shopDayEnd('2026-10-25').getTime() - shopDayStart('2026-10-25').getTime()).toBe(
      25 * 3_600_000,
    );
    expect(shopDateOf('2026-10-24T22:59:59.999Z')).toBe('2026-10-24');
    expect(shopDateOf('2026-10-24T23:00:00.000Z')).toBe('2026-10-25');
  });

  it('when a bound is date-only, then "from" is its first instant and "until" includes the whole day; a date-time keeps its instant', () => {
    expect(iso(shopValidityBound('2026-03-29', 'from'))).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(shopValidityBound('2026-03-29', 'until'))).toBe('2026-03-29T23:00:00.000Z');
    expect(iso(shopValidityBound('2026-08-01T10:00:00+01:00', 'until'))).toBe(
      '2026-08-01T09:00:00.000Z',
    );
  });

  it('when an editor reads a stored end back, then it shows the last day the coupon works, across both changes and a year end', () => {
    for (const day of [
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-12-31',
    ]) {
      expect(shopLastDayBefore(shopDayEnd(day))).toBe(day);
      expect(shopDateOf(shopDayStart(day))).toBe(day);
    }
  });

  it('when the value is not a date, then it is refused loudly', () => {
    expect(() => shopDayStart('29/03/2026')).toThrow(RangeError);
  });
});
