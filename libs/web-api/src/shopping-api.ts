import type { shoppingRoutes } from '@aneis/contracts';
import type { HttpClient } from './http-client.js';
import { createTypedApi, type TypedApi } from './typed-api.js';

export type ShoppingRoutes = typeof shoppingRoutes;
export type ShoppingApi = TypedApi<ShoppingRoutes>;

export function createShoppingApi(http: HttpClient): ShoppingApi {
  return createTypedApi<ShoppingRoutes>(http);
}
