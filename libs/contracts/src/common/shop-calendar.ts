/**
 * The shop's calendar. A shop in Portugal means Portuguese days: a coupon "until 2026-03-29"
 * runs to the end of that day in Lisbon, not to midnight UTC (an hour short in summer).
 * Lisbon moves its clocks at 01:00 UTC (WET ↔ WEST), never at midnight, so every Lisbon day
 * starts at exactly one instant.
 */
export const SHOP_TIME_ZONE = 'Europe/Lisbon';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const lisbonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SHOP_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(instant: number) {
  const parts = Object.fromEntries(
    lisbonParts.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    asUtc: Date.UTC(
      Number(parts['year']),
      Number(parts['month']) - 1,
      Number(parts['day']),
      Number(parts['hour']),
      Number(parts['minute']),
      Number(parts['second']),
    ),
  };
}

/** Lisbon's clock minus UTC at `instant`, in ms (0 in winter, one hour in summer). */
function lisbonOffsetMs(instant: number): number {
  return wallClock(instant).asUtc - Math.floor(instant / 1000) * 1000;
}

function dayParts(date: string): [number, number, number] {
  const match = DATE_ONLY.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The instant a Lisbon calendar day (`YYYY-MM-DD`) begins. */
export function shopDayStart(date: string): Date {
  const [year, month, day] = dayParts(date);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // The offset of the day's start is that of the instant itself; one correction settles it.
  const guess = midnightAsUtc - lisbonOffsetMs(midnightAsUtc);
  return new Date(midnightAsUtc - lisbonOffsetMs(guess));
}

/** The instant the Lisbon day after `date` begins: the exclusive end of "until `date`". */
export function shopDayEnd(date: string): Date {
  const [year, month, day] = dayParts(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return shopDayStart(next);
}

/** The Lisbon calendar day (`YYYY-MM-DD`) an instant falls on. */
export function shopDateOf(instant: Date | string): string {
  const { year, month, day } = wallClock(new Date(instant).getTime());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * A validity bound as an admin gives it: a date-only value is a whole Lisbon day (`from` its
 * start, `until` its end, inclusive); a date-time with its offset is that instant.
 */
export function shopValidityBound(value: string, side: 'from' | 'until'): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  return side === 'from' ? shopDayStart(value) : shopDayEnd(value);
}

/** The last Lisbon day an exclusive end instant still covers (what an editor shows as "until"). */
export function shopLastDayBefore(end: Date | string): string {
  return shopDateOf(new Date(new Date(end).getTime() - 1));
}
