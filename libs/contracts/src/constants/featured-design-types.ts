// zod-free on purpose: browsers import these values without pulling the schemas in.

export const featuredDesignTypes = [
  'Stripe',
  'Canvas Left Cracked',
  'Canvas Right Cracked',
] as const;
