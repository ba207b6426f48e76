import { catalogueImageUrl } from '@aneis/contracts/constants';
import { apiBaseUrlFromPage } from '@aneis/web-api';
import { pageLocation } from './shopping-api.js';

/**
 * Where the catalogue's images are published: `VITE_IMAGE_BASE_URL` when the build sets it, or
 * the management server's /images beside the page (as the servers' own hosts are derived), the
 * address the shopping server gives in its pages as PUBLIC_IMAGE_BASE_URL.
 */
export function imageBaseUrl(): string {
  const configured = import.meta.env.VITE_IMAGE_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `${apiBaseUrlFromPage(pageLocation(), 'management')}/images`;
}

/**
 * A catalogue image's address: a path is a file of the image store (the shopping server serves
 * none), an absolute http(s) address is kept, and anything else (`javascript:`, `data:`…) gives
 * no address, as in the server's pages (`catalogueImageUrl`).
 */
export function assetUrl(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  return catalogueImageUrl(url, base ?? imageBaseUrl());
}
