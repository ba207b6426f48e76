export { createShoppingApp, REDIS_KEYS, type ShoppingApp } from './app.js';
export type { ShoppingDeps } from './deps.js';
export type { KhaltiPort } from './payments/khalti-port.js';
export type { PaymentIntent, StripePort } from './payments/stripe-port.js';
