/**
 * How a webclient routes, and so how the links mailed into it are written:
 * - `path`: our webclients (history mode), e.g. `https://shop.example/shopping/password-reset/<token>`;
 * - `hash`: Veniqa's original Vue clients (hash mode), which read only what follows `#`, e.g.
 *   `https://shop.example/#/password-reset/<token>`. A path-style link would land on their home page.
 */
export const LINK_STYLES = ['path', 'hash'] as const;

export type LinkStyle = (typeof LINK_STYLES)[number];

export const DEFAULT_LINK_STYLE: LinkStyle = 'path';

/** `route` (starting with `/`) inside the client at `base`, in that client's link style. */
export function clientLink(base: string, style: LinkStyle, route: string): string {
  const root = base.replace(/\/+$/, '');
  return style === 'hash' ? `${root}/#${route}` : `${root}${route}`;
}
