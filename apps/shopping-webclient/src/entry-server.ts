import type {
  StorefrontRenderer,
  StorefrontRenderRequest,
  StorefrontRenderResult,
} from '@aneis/contracts';
import { renderToString } from 'vue/server-renderer';
import { createMemoryHistory } from 'vue-router';
import { setServerPageOrigin } from './api/shopping-api.js';
import { useI18n } from './i18n/i18n.js';
import { createShopApp } from './ssr/create-shop-app.js';
import { useCategoriesStore } from './stores/categories-store.js';
import { usePageDataStore } from './stores/page-data-store.js';
import { useSessionStore } from './stores/session-store.js';

/*
 * The storefront rendered on the shopping server (`vite build --ssr`; the server loads the
 * built module): the page at `url`, in `language`, from the data the server already read.
 */

// The language and the API address are the app's module-wide settings, as in the browser:
// renders take turns so one page's language never leaks into another's. Taking turns costs
// little: a render is CPU on the one thread anyway (the server read its data before), and the
// server's render cache answers repeated pages without coming here.
let queue: Promise<unknown> = Promise.resolve();

async function renderNow(request: StorefrontRenderRequest): Promise<StorefrontRenderResult> {
  useI18n().setLocale(request.language);
  setServerPageOrigin(request.pageOrigin);
  const { app, router, pinia } = createShopApp(createMemoryHistory(import.meta.env.BASE_URL));
  usePageDataStore(pinia).keep(request.data);
  // The category list the footer and the cards link from, as the app would fetch it.
  if (request.data.categories) useCategoriesStore(pinia).categories = request.data.categories;
  if (request.viewer) useSessionStore(pinia).renderedFor(request.viewer);
  await router.push(request.url);
  await router.isReady();
  const html = await renderToString(app);
  return {
    html,
    state: JSON.stringify({ language: request.language, stores: pinia.state.value }),
  };
}

export function render(request: StorefrontRenderRequest): Promise<StorefrontRenderResult> {
  const turn = queue.then(() => renderNow(request));
  queue = turn.catch(() => undefined);
  return turn;
}

// Checked by the compiler: this module is what the server's interface describes.
export const renderer: StorefrontRenderer = { render };
