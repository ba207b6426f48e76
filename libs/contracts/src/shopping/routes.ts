import type { RouteContract } from '../routes/route-contract.js';
import { shoppingAccountRoutes } from './account-routes.js';
import { shoppingStoreRoutes } from './store-routes.js';

/** Every route of the shopping server. */
export const shoppingRoutes = [
  ...shoppingAccountRoutes,
  ...shoppingStoreRoutes,
] as const satisfies readonly RouteContract[];
