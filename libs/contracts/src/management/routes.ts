import type { RouteContract } from '../routes/route-contract.js';
import { managementAccountRoutes } from './account-routes.js';
import { managementCarrierRoutes } from './carrier-routes.js';
import { managementCatalogRoutes } from './catalog-routes.js';
import { managementCustomerRoutes } from './customer-routes.js';
import { managementCouponRoutes } from './coupon-routes.js';
import { managementOrderRoutes } from './order-routes.js';
import { managementPricingRoutes } from './pricing-routes.js';
import { managementReferenceRoutes } from './reference-routes.js';

/** Every route of the management server. */
export const managementRoutes = [
  ...managementAccountRoutes,
  ...managementCatalogRoutes,
  ...managementReferenceRoutes,
  ...managementPricingRoutes,
  ...managementCarrierRoutes,
  ...managementOrderRoutes,
  ...managementCustomerRoutes,
  ...managementCouponRoutes,
] as const satisfies readonly RouteContract[];
