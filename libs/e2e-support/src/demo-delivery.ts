/**
 * An address the seeded reference data delivers to, and the seeded shipping method that serves
 * it: what a scripted shopper checks out with.
 */
export const DEMO_ADDRESS = {
  firstName: 'Maria',
  lastName: 'Anéis',
  addressLine1: 'Rua das Flores 12',
  city: 'Porto',
  state: 'Porto',
  zipCode: '4050-262',
  country: 'Portugal',
  mobilePhone: '+351 912 345 678',
} as const;

export const DEMO_SHIPPING_METHOD = 'ctt-standard';
