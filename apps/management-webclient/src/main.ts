import { createPinia } from 'pinia';
import { createApp } from 'vue';
import ManagementApp from './ManagementApp.vue';
import { createAdminRouter } from './router/router.js';
import './styles.css';

const app = createApp(ManagementApp);
app.use(createPinia());
app.use(createAdminRouter());
app.mount('#app');
