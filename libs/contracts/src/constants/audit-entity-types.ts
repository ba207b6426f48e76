// zod-free on purpose: browsers import these values without pulling the schemas in.

export const auditEntityTypes = [
  'admin',
  'product',
  'category',
  'tariff',
  'featuredSection',
  'order',
  'country',
  'shippingMethod',
  'exchangeRate',
  'carrier',
  'customer',
  'coupon',
] as const;
