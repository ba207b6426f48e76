import { createPinia, type Pinia } from 'pinia';
import { createSSRApp, type App } from 'vue';
import type { Router, RouterHistory } from 'vue-router';
import ShopApp from '../ShopApp.vue';
import { createShopRouter } from '../router/router.js';

export interface ShopAppParts {
  app: App;
  router: Router;
  pinia: Pinia;
}

/**
 * The one app the server renders and the browser hydrates: the same root, routes and stores on
 * both sides (only the history differs), so both render the same markup for the same state.
 */
export function createShopApp(history?: RouterHistory): ShopAppParts {
  const app = createSSRApp(ShopApp);
  const pinia = createPinia();
  app.use(pinia);
  const router = createShopRouter(history);
  app.use(router);
  return { app, router, pinia };
}
