import {
  createHttpClient,
  createManagementApi,
  resolveApiBaseUrl,
  type ManagementApi,
} from '@aneis/web-api';
import { withSessionExpiry } from './session-expiry.js';

let current: ManagementApi | undefined;

function defaultApi(): ManagementApi {
  const baseUrl = resolveApiBaseUrl(
    import.meta.env.VITE_API_BASE_URL,
    window.location,
    'management',
  );
  return createManagementApi(withSessionExpiry(createHttpClient({ baseUrl })));
}

/** The one client every store and page uses (created on first use). */
export function useManagementApi(): ManagementApi {
  current ??= defaultApi();
  return current;
}

/** Tests point the app at a stubbed server (session expiry is still reported). */
export function setManagementApi(api: ManagementApi): void {
  current = createManagementApi(withSessionExpiry(api.http));
}
