import { createPinia } from 'pinia';
import { createApp } from 'vue';
import ShopApp from './ShopApp.vue';
import { createShopRouter } from './router/router.js';
import './styles.css';

const app = createApp(ShopApp);
app.use(createPinia());
app.use(createShopRouter());
app.mount('#app');
