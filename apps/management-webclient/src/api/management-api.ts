import {
  createHttpClient,
  createManagementApi,
  resolveApiBaseUrl,
  type ManagementApi,
} from '@aneis/web-api';

let current: ManagementApi | undefined;

function defaultApi(): ManagementApi {
  const baseUrl = resolveApiBaseUrl(
    import.meta.env.VITE_API_BASE_URL,
    window.location,
    'management',
  );
  return createManagementApi(createHttpClient({ baseUrl }));
}

/** The one client every store and page uses (created on first use). */
export function useManagementApi(): ManagementApi {
  current ??= defaultApi();
  return current;
}

/** Tests point the app at a stubbed server. */
export function setManagementApi(api: ManagementApi): void {
  current = api;
}
