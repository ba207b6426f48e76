import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { RouterView, createMemoryHistory } from 'vue-router';
import { createAdminRouter } from '../router/router.js';

/** Remembers an admin as logged in with these permissions (what a login would store). */
export function rememberAdmin(permissions: string[], email = 'ana@aneis.pt'): void {
  localStorage.setItem('aneis.admin.session', JSON.stringify({ email, name: 'Ana', permissions }));
}

/** Mounts the app's router at `path` (after the server stub is installed) and waits for the page. */
export async function mountRoute(path: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAdminRouter(createMemoryHistory('/management/'));
  await router.push(path);
  const host = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(host, { global: { plugins: [pinia, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

/** happy-dom has no `window.confirm`: answers every question with `answer` and records them. */
export function stubConfirm(answer: boolean) {
  const confirm = vi.fn((_message?: string) => answer);
  window.confirm = confirm;
  return confirm;
}
