import { createRouter, createWebHistory, type Router } from 'vue-router';
import { routes } from './routes.js';

export function createAdminRouter(history = createWebHistory(import.meta.env.BASE_URL)): Router {
  return createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });
}
