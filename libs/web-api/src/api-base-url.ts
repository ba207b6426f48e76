export type ServerName = 'shopping' | 'management';

export interface PageLocation {
  protocol: string;
  host: string;
}

/**
 * Each server lives on its own host beside the page's: the storefront page at
 * `gic-asenhoradosaneis.localhost:8080` talks to `shopping.gic-asenhoradosaneis.localhost:8080`,
 * as in the cluster's ingress.
 */
export function apiBaseUrlFromPage(page: PageLocation, server: ServerName): string {
  const protocol = page.protocol.endsWith(':') ? page.protocol : `${page.protocol}:`;
  const host = page.host.toLowerCase();
  // Opening the page on the server's own host (or a sibling's) must not stack prefixes.
  const bareHost = host.replace(/^(shopping|management)\./, '');
  return `${protocol}//${server}.${bareHost}`;
}

/** A configured base URL (e.g. `VITE_API_BASE_URL`) wins; otherwise derive it from the page. */
export function resolveApiBaseUrl(
  configured: string | undefined,
  page: PageLocation,
  server: ServerName,
): string {
  const trimmed = configured?.trim();
  if (trimmed) return trimmed.replace(/\/+$/, '');
  return apiBaseUrlFromPage(page, server);
}
