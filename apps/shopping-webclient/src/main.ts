import { createPinia } from 'pinia';
import { createApp } from 'vue';
import ShopApp from './ShopApp.vue';
import { createShopRouter } from './router/router.js';
// The brand first: the shop's own stylesheet builds on its tokens and components.
import '@aneis/brand/assets/tokens.css';
import '@aneis/brand/assets/components.css';
import './styles.css';

const app = createApp(ShopApp);
app.use(createPinia());
app.use(createShopRouter());
app.mount('#app');
