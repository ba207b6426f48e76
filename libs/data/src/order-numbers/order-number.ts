import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '../email-claims/duplicate-key-error.js';
import type { CounterDoc } from '../models/counter.js';

/** Prefix of the numbers people read: `AN-2026-000123` (A Senhora dos Anéis, year, sequence). */
export const ORDER_NUMBER_PREFIX = 'AN';
const SEQUENCE_DIGITS = 6;

/** The counter of one year's orders; years start again at 1. */
export function orderCounterName(year: number): string {
  return `order-number:${year}`;
}

export function formatOrderNumber(year: number, sequence: number): string {
  return `${ORDER_NUMBER_PREFIX}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/** `AN-2026-000123`, `an-2026-123`, `2026-123` and `2026/000123` all name the same order. */
export function parseOrderNumber(text: string): string | undefined {
  const match = /^\s*(?:an[-\s]?)?(\d{4})[-/\s](\d{1,9})\s*$/i.exec(text);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  if (sequence < 1) return undefined;
  return formatOrderNumber(Number(match[1]), sequence);
}

/**
 * The next number of the given year. One atomic `$inc` on the year's counter document makes
 * numbers unique however many orders are placed at once; a number taken by an order that then
 * fails to save is simply skipped (gaps are allowed, repeats never).
 */
export async function nextOrderNumber(Counter: Model<CounterDoc>, year: number): Promise<string> {
  const name = orderCounterName(year);
  const bump = () =>
    Counter.findOneAndUpdate(
      { name },
      { $inc: { seq: 1 } },
      { upsert: true, returnDocument: 'after', setDefaultsOnInsert: false },
    ).lean<CounterDoc>();
  let counter: CounterDoc | null;
  try {
    counter = await bump();
  } catch (error) {
    // Two first orders of a year may both try to create the counter; the unique index lets one
    // win, and the other's retry then increments the winner's document.
    if (!isDuplicateKeyError(error)) throw error;
    counter = await bump();
  }
  if (!counter) throw new Error(`order counter ${name} was not returned`);
  return formatOrderNumber(year, counter.seq);
}
