import { useShoppingApi } from './shopping-api.js';

/** Images the server hosts itself come as paths (`/images/…`); they live on the API host. */
export function assetUrl(url: string | undefined, apiBaseUrl?: string): string | undefined {
  if (!url) return undefined;
  if (/^(https?:|data:|blob:)/i.test(url)) return url;
  const base = apiBaseUrl ?? useShoppingApi().http.baseUrl;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
