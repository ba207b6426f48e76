import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { RouterView, createMemoryHistory } from 'vue-router';
import ConfirmHost from '../dialogs/ConfirmHost.vue';
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
  // The app's root shows the confirmation dialog beside the page, as ManagementApp does.
  const host = defineComponent({ render: () => [h(RouterView), h(ConfirmHost)] });
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

/**
 * Answers the confirmation dialog the last click opened (it must be open) and returns the
 * question it asked, so a test can check what the admin was told.
 */
export async function answerConfirm(wrapper: VueWrapper, confirmed: boolean): Promise<string> {
  await flushPromises();
  const dialog = wrapper.get('[data-testid="confirm-dialog"]');
  const question = dialog.text();
  await dialog
    .get(confirmed ? '[data-testid="confirm-yes"]' : '[data-testid="confirm-no"]')
    .trigger('click');
  await flushPromises();
  return question;
}
