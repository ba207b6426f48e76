import type { MessageKey } from '../i18n/i18n.js';

export interface ReturnFormValues {
  quantity: string;
  reason: string;
  refundAmount: string;
}

export type ReturnProblems = Partial<
  Record<keyof ReturnFormValues, { key: MessageKey; params?: Record<string, number> }>
>;

/** "12,50" as a Portuguese manager types it, "12.50" as the API reads it; empty stays empty. */
export function amountForApi(typed: string): string {
  return typed.trim().replace(',', '.');
}

/** What is wrong with the return form before it is sent (the server checks it all again). */
export function returnProblems(values: ReturnFormValues, returnable: number): ReturnProblems {
  const problems: ReturnProblems = {};
  const quantity = Number(values.quantity);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > returnable) {
    problems.quantity = { key: 'returns.quantityInvalid', params: { count: returnable } };
  }
  if (values.reason.trim() === '') problems.reason = { key: 'returns.reasonRequired' };
  const amount = amountForApi(values.refundAmount);
  if (amount !== '' && !/^\d{1,8}(?:\.\d{1,2})?$/.test(amount)) {
    problems.refundAmount = { key: 'returns.amountInvalid' };
  }
  return problems;
}
