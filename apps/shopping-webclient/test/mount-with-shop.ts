import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

/** Mounts a component with a fresh Pinia and a router whose every page is empty. */
export async function mountWithShop(component: Component, props: Record<string, unknown> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory('/shopping/'),
    routes: [{ path: '/:rest(.*)*', name: 'any', component: { render: () => null } }],
  });
  await router.push('/');
  await router.isReady();
  const wrapper = mount(component, { props, global: { plugins: [pinia, router] } });
  return { wrapper, router };
}

/** Lets pending promises (fake server replies) settle and Vue re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
