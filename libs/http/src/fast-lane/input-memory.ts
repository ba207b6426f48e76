import { deepFreeze } from '../deep-freeze.js';

/** Distinct request texts remembered per route; past this the route's memory starts afresh. */
const REMEMBERED_PER_ROUTE = 256;
/** Longer texts are prepared every time: the memory holds small, often repeated requests. */
const LONGEST_REMEMBERED = 1024;

/** A route's prepared inputs (see JsonRoute.prepare) by the request text they came from. */
export interface InputMemory {
  /** Whether `text` was prepared before (never for undefined: a request without one). */
  has(text: string | undefined): text is string;
  get(text: string): unknown;
  /**
   * Freezes `prepared` (plain objects and arrays, all the way down: it may be shared between
   * requests) and remembers it for `text` when that is short enough. Only successes get here:
   * a bad request costs its full price every time.
   */
  keep<P>(text: string | undefined, prepared: P): P;
}

export function createInputMemory(): InputMemory {
  const remembered = new Map<string, unknown>();
  return {
    has: (text): text is string => text !== undefined && remembered.has(text),
    get: (text) => remembered.get(text),
    keep(text, prepared) {
      deepFreeze(prepared);
      if (text === undefined || text.length > LONGEST_REMEMBERED) return prepared;
      if (remembered.size >= REMEMBERED_PER_ROUTE) remembered.clear();
      remembered.set(text, prepared);
      return prepared;
    },
  };
}
