/**
 * Values of the API contract that browsers need at run time (roles, guards, statuses, limits),
 * importable without zod: `@aneis/contracts/constants`. The main entry re-exports them all.
 */
export * from './admin-roles.js';
export * from './audit-entity-types.js';
export * from './error-codes.js';
export * from './featured-design-types.js';
export * from './iban-groups.js';
export * from './limits.js';
export * from './order-statuses.js';
export * from './payment-statuses.js';
export * from './ring-search.js';
export * from './tracking-url.js';
export * from './vat-rates.js';
export * from './variant-selection.js';
export * from './refunds.js';
export * from './return-statuses.js';
export * from './storefront-render.js';
export * from './catalogue-image-url.js';
export * from './description-html.js';
