// zod-free on purpose: browsers import these values without pulling the schemas in.

/**
 * Whether the shop has the order's money, apart from where the order is in its fulfilment
 * (`overall_status`). Veniqa had no such field: a bank transfer looked as "received" as a card
 * payment. Only PAID and the refund states count as revenue.
 */
export const paymentStatuses = [
  'AWAITING_PAYMENT',
  'PAID',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
] as const;
