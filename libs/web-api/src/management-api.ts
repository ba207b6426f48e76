import type { managementRoutes } from '@aneis/contracts';
import type { HttpClient } from './http-client.js';
import { createTypedApi, type TypedApi } from './typed-api.js';

export type ManagementRoutes = typeof managementRoutes;
export type ManagementApi = TypedApi<ManagementRoutes>;

export function createManagementApi(http: HttpClient): ManagementApi {
  return createTypedApi<ManagementRoutes>(http);
}
