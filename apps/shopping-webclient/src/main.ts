import { createApp } from 'vue';
import ShopApp from './ShopApp.vue';
import { storedLocale, useI18n } from './i18n/i18n.js';
import { createShopRouter } from './router/router.js';
import { createShopApp } from './ssr/create-shop-app.js';
import { serverRenderedState } from './ssr/server-rendered-state.js';
import { createPinia } from 'pinia';
import { useSessionStore } from './stores/session-store.js';
// The brand first: the shop's own stylesheet builds on its tokens and components.
import '@aneis/brand/assets/tokens.css';
import '@aneis/brand/assets/components.css';
import './styles.css';

async function start() {
  const rendered = serverRenderedState();
  const mountPoint = document.getElementById('app');
  if (!rendered || !mountPoint?.firstElementChild) {
    // A page only the app renders (cart, account, search…): as always.
    const app = createApp(ShopApp);
    app.use(createPinia());
    app.use(createShopRouter());
    app.mount('#app');
    return;
  }
  // A page the server rendered: the app starts from the server's state and takes over its
  // markup (hydration) instead of replacing it, once the page's route component is loaded.
  const { app, router, pinia } = createShopApp();
  pinia.state.value = rendered.stores as typeof pinia.state.value;
  await router.isReady();
  app.mount('#app');
  useSessionStore(pinia).settleRenderedUser();
  // The server wrote the page in the language its cookie or the browser asked for; a choice
  // made here before that cookie existed is the shopper's and applies now.
  const stored = storedLocale();
  if (stored && stored !== useI18n().locale.value) useI18n().setLocale(stored);
}

void start();
