import {
  createHttpClient,
  createShoppingApi,
  resolveApiBaseUrl,
  type ShoppingApi,
} from '@aneis/web-api';

let current: ShoppingApi | undefined;

function defaultApi(): ShoppingApi {
  const baseUrl = resolveApiBaseUrl(import.meta.env.VITE_API_BASE_URL, window.location, 'shopping');
  return createShoppingApi(createHttpClient({ baseUrl }));
}

/** The one client every store and page uses (created on first use). */
export function useShoppingApi(): ShoppingApi {
  current ??= defaultApi();
  return current;
}

/** Tests point the app at a stubbed server. */
export function setShoppingApi(api: ShoppingApi): void {
  current = api;
}
