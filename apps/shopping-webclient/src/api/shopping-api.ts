import {
  createHttpClient,
  createShoppingApi,
  resolveApiBaseUrl,
  withSessionExpiry,
  type PageLocation,
  type ShoppingApi,
} from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

let current: ShoppingApi | undefined;
/** Where the page is when there is no window: the server renders it for this origin. */
let serverPage: PageLocation | undefined;

/** The page the app runs on: the browser's, or the one the server renders for. */
export function pageLocation(): PageLocation {
  const page = typeof window === 'undefined' ? serverPage : window.location;
  if (!page) throw new Error('the shopping API has no page address to derive its own from');
  return page;
}

function defaultApi(): ShoppingApi {
  const page = pageLocation();
  const baseUrl = resolveApiBaseUrl(import.meta.env.VITE_API_BASE_URL, page, 'shopping');
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

/**
 * The server renders the page for a browser at `origin`: addresses of the server's own images
 * are written as that browser will compute them, so hydration finds the same `src`.
 */
export function setServerPageOrigin(origin: string): void {
  const url = new URL(origin);
  if (serverPage?.host === url.host && serverPage.protocol === url.protocol) return;
  serverPage = { protocol: url.protocol, host: url.host };
  current = undefined;
}
