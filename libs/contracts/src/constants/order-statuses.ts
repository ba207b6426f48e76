// zod-free on purpose: browsers import these values without pulling the schemas in.

export const orderStatuses = [
  'RECEIVED',
  'CONFIRMED',
  'IN-PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const;
export const orderLineStatuses = ['PROCESSING', 'FULFILLING', 'SHIPPED', 'DELIVERED'] as const;
