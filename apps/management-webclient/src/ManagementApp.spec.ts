import { createHttpClient, createManagementApi } from '@aneis/web-api';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import ManagementApp from './ManagementApp.vue';
import { setManagementApi, useManagementApi } from './api/management-api.js';
import { createAdminRouter } from './router/router.js';

async function mountApp(fetchStub: typeof fetch) {
  setManagementApi(
    createManagementApi(createHttpClient({ baseUrl: 'http://management.test', fetch: fetchStub })),
  );
  const router = createAdminRouter(createMemoryHistory('/management/'));
  await router.push('/');
  const wrapper = mount(ManagementApp, { global: { plugins: [createPinia(), router] } });
  await flushPromises();
  return wrapper;
}

describe('ManagementApp', () => {
  it('when rendered, then the navigation lists the admin sections', async () => {
    const wrapper = await mountApp(async () => new Response('false'));
    const labels = wrapper.findAll('nav a').map((link) => link.text());
    expect(labels).toEqual([
      'Painel',
      'Catálogo',
      'Encomendas',
      'Destaques',
      'Dados de referência',
      'Administradores',
      'Auditoria',
    ]);
  });

  it('when a call gets no answer, then the unreachable banner appears and retry clears it', async () => {
    let down = true;
    const wrapper = await mountApp(async () => {
      if (down) throw new TypeError('Failed to fetch');
      return new Response('false');
    });
    await useManagementApi()
      .call('GET /security/isLoggedIn')
      .catch(() => undefined);
    await flushPromises();
    expect(wrapper.get('[data-testid="offline-banner"]').text()).toContain('servidor de gestão');

    down = false;
    await wrapper.get('[data-testid="offline-banner"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="offline-banner"]').exists()).toBe(false);
  });
});
