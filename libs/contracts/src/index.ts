/**
 * @aneis/contracts: the API's shape in one place. zod schemas (and their inferred types) for
 * every request and response of both servers, the route tables the servers validate with, and
 * the OpenAPI document built from them. Imports nothing but zod, so browsers can use it too.
 */

// Common building blocks
export * from './common/audit-log.js';
export * from './common/credentials.js';
export * from './common/dates.js';
export * from './common/shop-calendar.js';
export * from './common/delete-result.js';
export * from './common/envelope.js';
export * from './constants/error-codes.js';
export * from './constants/vat-rates.js';
export * from './common/ids.js';
export * from './common/lenient-input.js';
export * from './common/money-conversion.js';
export * from './common/money.js';
export * from './common/paging.js';
export * from './common/security-requests.js';
export * from './common/sort-rule.js';
export * from './common/text.js';
export * from './common/weight.js';

// Entities as the servers send them
export * from './model/address.js';
export * from './model/admin.js';
export * from './model/audit-entry.js';
export * from './model/carrier.js';
export * from './model/cart.js';
export * from './model/category.js';
export * from './model/country.js';
export * from './model/coupon.js';
export * from './model/customization.js';
export * from './model/variant.js';
export * from './model/variant-rules.js';
export * from './constants/variant-selection.js';
export * from './constants/catalogue-image-url.js';
export * from './constants/description-html.js';
export * from './model/dashboard.js';
export * from './model/exchange-rate.js';
export * from './model/featured.js';
export * from './model/order-status.js';
export * from './model/order-summaries.js';
export * from './model/order.js';
export * from './model/order-vat-view.js';
export * from './model/order-refunds.js';
export * from './model/payment.js';
export * from './model/product-summaries.js';
export * from './model/product.js';
export * from './model/shipping-method.js';
export * from './model/stock.js';
export * from './model/tariff.js';
export * from './model/vat-percent.js';

// Shopping server requests and routes
export * from './shopping/addresses.js';
export * from './shopping/cart.js';
export * from './shopping/catalog.js';
export * from './shopping/search-filters.js';
export * from './shopping/orders.js';
export * from './shopping/security.js';
export * from './shopping/ui.js';
export type * from './shopping/storefront-render.js';
export * from './constants/storefront-render.js';
export { shoppingRoutes } from './shopping/routes.js';

// Management server requests and routes
export * from './management/audit.js';
export * from './management/carriers.js';
export * from './management/catalog.js';
export * from './management/customers.js';
export * from './management/coupons.js';
export * from './management/featured.js';
export * from './management/orders.js';
export * from './management/pricing-data.js';
export * from './management/product-input.js';
export * from './management/reference-data.js';
export * from './management/roles.js';
export * from './management/super-admin.js';
export { managementRoutes } from './management/routes.js';

// Route tables and OpenAPI
export * from './routes/route-contract.js';
export { toOpenApiPath } from './routes/openapi-operation.js';
export type { OpenApiOperation } from './routes/openapi-operation.js';
export * from './routes/openapi.js';
export type { JsonSchema } from './routes/json-schema.js';
