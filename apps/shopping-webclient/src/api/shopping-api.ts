import {
  createHttpClient,
  createShoppingApi,
  resolveApiBaseUrl,
  withSessionExpiry,
  type ShoppingApi,
} from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

let current: ShoppingApi | undefined;

function defaultApi(): ShoppingApi {
  const baseUrl = resolveApiBaseUrl(import.meta.env.VITE_API_BASE_URL, window.location, 'shopping');
  const { intlLocale } = useI18n();
  // The servers write the mails a request causes (confirmation, reset, order) in this language.
  return createShoppingApi(
    withSessionExpiry(createHttpClient({ baseUrl, language: () => intlLocale.value })),
  );
}

/** The one client every store and page uses (created on first use). */
export function useShoppingApi(): ShoppingApi {
  current ??= defaultApi();
  return current;
}

/** Tests point the app at a stubbed server (session expiry is still reported). */
export function setShoppingApi(api: ShoppingApi): void {
  current = createShoppingApi(withSessionExpiry(api.http));
}
