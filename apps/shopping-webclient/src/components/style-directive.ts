import type { Directive } from 'vue';

/**
 * `v-style="{ background: … }"`: a computed style set through the DOM (el.style), never as a
 * `style="…"` attribute. The server renders no attribute for it, so a page rendered there
 * passes the Content-Security-Policy (`style-src 'self'` refuses inline style attributes in
 * HTML, not styles set from script), and the browser sets it when the app hydrates.
 */
export const vStyle: Directive<HTMLElement, Partial<CSSStyleDeclaration>> = {
  mounted: (el, { value }) => {
    Object.assign(el.style, value);
  },
  updated: (el, { value }) => {
    Object.assign(el.style, value);
  },
};
