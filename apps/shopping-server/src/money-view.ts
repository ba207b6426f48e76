import { moneyFromMinor, type Money } from '@aneis/contracts';
import type { StoredMoney } from '@aneis/data';

/** Stored cents → the wire's `{ amount, currency }`. */
export function toMoney(stored: StoredMoney): Money {
  return moneyFromMinor(stored);
}

export function toOptionalMoney(stored: StoredMoney | undefined | null): Money | undefined {
  return stored ? moneyFromMinor(stored) : undefined;
}
