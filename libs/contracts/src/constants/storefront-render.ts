/**
 * What the shopping server and the storefront's server-side renderer agree on, as plain values
 * the browser reads too (see storefront-render.ts in shopping/ for the renderer's interface).
 */

/** The languages the storefront is written in; the first is the default. */
export const STOREFRONT_LANGUAGES = ['pt', 'en'] as const;
export type StorefrontLanguage = (typeof STOREFRONT_LANGUAGES)[number];

/**
 * The cookie the storefront keeps the shopper's chosen language in, so the server renders a
 * page in the language the app then starts in (localStorage is out of the server's reach).
 */
export const STOREFRONT_LANGUAGE_COOKIE = 'aneis_shop_locale';

/** Id of the `<script type="application/json">` holding the rendered page's store state. */
export const STOREFRONT_STATE_ELEMENT_ID = 'storefront-state';

/**
 * The language a page is rendered in: the shopper's choice as the cookie carries it, otherwise
 * Portuguese, as the app itself starts (it never guesses from the browser's languages).
 */
export function storefrontLanguageFor(cookieValue: string | undefined): StorefrontLanguage {
  return cookieValue === 'en' ? 'en' : 'pt';
}

/**
 * How a category page lists its rings, in the app and in the server's render alike (a
 * `/catalog/search` body's paging and sort): the newest first, one page of them.
 */
export const CATEGORY_PAGE_LISTING = {
  pagingOptions: { page: 1, limit: 24 },
  sortRule: '-auditLog.createdOn',
} as const;

/** The featured section the home page shows (`/ui/featured?name=homepage`, Veniqa's name). */
export const HOME_FEATURED_SECTION = 'homepage';
