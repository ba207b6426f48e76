import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';

const boss = { email: 'boss@aneis.pt', name: 'Boss', permissions: ['SUPERADMIN'], approved: true };
const base = {
  'GET /security/isLoggedIn': () => ({ raw: 'true' }),
  'GET /superAdmin/getAllAdmins': () => ({ data: [boss] }),
  'GET /referenceData/getRoles': () => ({ data: ['SUPERADMIN', 'CATALOG_VIEW', 'CATALOG_MANAGE'] }),
};

describe('admins page', () => {
  beforeEach(() => {
    localStorage.clear();
    rememberAdmin(['SUPERADMIN'], 'boss@aneis.pt');
  });

  it('when a superadmin creates a catalogue admin, then the onboarding e-mail is announced', async () => {
    const { requests } = installFakeServer({
      ...base,
      'POST /superAdmin/createAdmin': () => ({
        data: { email: 'rita@aneis.pt', name: 'Rita', permissions: ['CATALOG_MANAGE'] },
      }),
    });
    const { wrapper } = await mountRoute('/admins');
    expect(wrapper.get('[data-testid="admins-table"]').text()).toContain('(a sua conta)');

    await wrapper.get('[data-testid="new-admin"]').trigger('click');
    await wrapper.get('#admin-name').setValue('Rita');
    await wrapper.get('#admin-email').setValue('rita@aneis.pt');
    await wrapper.get('[data-testid="save-admin"]').trigger('submit');
    expect(wrapper.get('[data-testid="admin-form"]').text()).toContain('pelo menos uma permissão');

    await wrapper.get('[data-testid="admin-role-CATALOG_MANAGE"]').setValue(true);
    await wrapper.get('[data-testid="admin-form"]').trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.path === '/superAdmin/createAdmin')?.body).toEqual({
      name: 'Rita',
      email: 'rita@aneis.pt',
      permissions: ['CATALOG_MANAGE'],
      approved: true,
    });
    expect(wrapper.get('[data-testid="admin-notice"]').text()).toContain('rita@aneis.pt');
    wrapper.unmount();
  });

  it('when the e-mail already has an admin, then the form says so beside the e-mail field', async () => {
    installFakeServer({
      ...base,
      'POST /superAdmin/createAdmin': () => ({
        status: 409,
        failure: 'An admin with this e-mail already exists',
      }),
    });
    const { wrapper } = await mountRoute('/admins');
    await wrapper.get('[data-testid="new-admin"]').trigger('click');
    await wrapper.get('#admin-name').setValue('Boss 2');
    await wrapper.get('#admin-email').setValue('boss@aneis.pt');
    await wrapper.get('[data-testid="admin-role-CATALOG_VIEW"]').setValue(true);
    await wrapper.get('[data-testid="admin-form"]').trigger('submit');
    await flushPromises();

    // In the admin's language (Portuguese here), not the server's English words.
    expect(wrapper.get('#admin-email-error').text()).toBe(
      'Já existe um administrador com este e-mail.',
    );
    expect(wrapper.get('#admin-email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#admin-email').attributes('aria-describedby')).toBe('admin-email-error');
    expect(wrapper.findAll('[data-testid="admin-form"] [role="alert"]')).toHaveLength(1);

    // Changing the address clears it.
    await wrapper.get('#admin-email').setValue('boss2@aneis.pt');
    expect(wrapper.find('#admin-email-error').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when the server refuses the new admin’s e-mail, then Portuguese words stand at the e-mail field', async () => {
    installFakeServer({
      ...base,
      'POST /superAdmin/createAdmin': () => ({
        status: 400,
        failure: 'Invalid request: email: must be a valid e-mail address',
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'email', code: 'invalid_email' }],
      }),
    });
    const { wrapper } = await mountRoute('/admins');
    await wrapper.get('[data-testid="new-admin"]').trigger('click');
    await wrapper.get('#admin-name').setValue('Rita');
    await wrapper.get('#admin-email').setValue('rita@');
    await wrapper.get('[data-testid="admin-role-CATALOG_VIEW"]').setValue(true);
    await wrapper.get('[data-testid="admin-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('#admin-email-error').text()).toBe('Indique um endereço de e-mail válido.');
    expect(wrapper.get('[data-testid="admin-form"]').text()).not.toContain('Invalid request');
    wrapper.unmount();
  });
});
