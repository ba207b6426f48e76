/**
 * Readers for a mail's data, which arrives as JSON-shaped `unknown` (from the servers today,
 * from a stored outbox file in tests): each returns the value when it has the expected type and
 * `undefined` otherwise, so a missing optional field simply leaves its line out of the mail.
 */
export type DataRecord = Readonly<Record<string, unknown>>;

export interface MailMoney {
  amount: number;
  currency: string;
}

export function isRecord(value: unknown): value is DataRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function recordAt(data: DataRecord | undefined, key: string): DataRecord | undefined {
  const value = data?.[key];
  return isRecord(value) ? value : undefined;
}

export function textAt(data: DataRecord | undefined, key: string): string | undefined {
  const value = data?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function numberAt(data: DataRecord | undefined, key: string): number | undefined {
  const value = data?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function recordsAt(data: DataRecord | undefined, key: string): DataRecord[] {
  const value = data?.[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** `{ amount, currency }` as `moneyFromMinor` makes it. */
export function moneyAt(data: DataRecord | undefined, key: string): MailMoney | undefined {
  const money = recordAt(data, key);
  const amount = numberAt(money, 'amount');
  const currency = textAt(money, 'currency');
  return amount === undefined || currency === undefined ? undefined : { amount, currency };
}

/** An http(s) URL, or nothing: a link in a mail must never be `javascript:` or relative. */
export function linkAt(data: DataRecord | undefined, key: string): string | undefined {
  const value = textAt(data, key);
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
