import { createHttpClient, createManagementApi } from '@aneis/web-api';
import { createPinia, setActivePinia } from 'pinia';
import { setManagementApi } from '../api/management-api.js';
import { installFakeServer } from '../testing/fake-server.js';
import { useSessionStore } from './session-store.js';

const catalogueAdmin = { email: 'rita@aneis.pt', name: 'Rita', permissions: ['CATALOG_MANAGE'] };

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('when login succeeds, then the raw summary and its permissions are remembered', async () => {
    const { requests } = installFakeServer({
      'POST /security/login': () => ({ raw: JSON.stringify(catalogueAdmin) }),
    });
    const session = useSessionStore();

    await session.login('rita@aneis.pt', 'segredo123');

    expect(requests[0]?.body).toEqual({ email: 'rita@aneis.pt', password: 'segredo123' });
    expect(session.admin).toEqual(catalogueAdmin);
    expect(JSON.parse(localStorage.getItem('aneis.admin.session') ?? 'null')).toEqual(
      catalogueAdmin,
    );
  });

  it('when the password is wrong, then the 401 rejects and nobody is logged in', async () => {
    installFakeServer({ 'POST /security/login': () => ({ status: 401, raw: 'Unauthorized' }) });
    const session = useSessionStore();

    await expect(session.login('rita@aneis.pt', 'errada')).rejects.toMatchObject({ status: 401 });
    expect(session.loggedIn).toBe(false);
  });

  it('when the server says the session ended, then the remembered admin is forgotten', async () => {
    localStorage.setItem('aneis.admin.session', JSON.stringify(catalogueAdmin));
    installFakeServer({ 'GET /security/isLoggedIn': () => ({ raw: 'false' }) });
    const session = useSessionStore();
    expect(session.loggedIn).toBe(true);

    expect(await session.check()).toBe(false);
    expect(localStorage.getItem('aneis.admin.session')).toBeNull();
  });

  it('when the server cannot be reached, then the remembered admin is kept', async () => {
    localStorage.setItem('aneis.admin.session', JSON.stringify(catalogueAdmin));
    installFakeServer({});
    const session = useSessionStore();
    setManagementApi(
      createManagementApi(
        createHttpClient({
          baseUrl: 'http://management.test',
          fetch: () => Promise.reject(new TypeError('Failed to fetch')),
        }),
      ),
    );

    expect(await session.check()).toBe(true);
    expect(session.checked).toBe(false);
  });

  it('when an admin holds CATALOG_MANAGE, then only the catalogue guards pass', async () => {
    localStorage.setItem('aneis.admin.session', JSON.stringify(catalogueAdmin));
    const session = useSessionStore();

    expect(session.can('canViewCatalog')).toBe(true);
    expect(session.can('canManageCatalog')).toBe(true);
    expect(session.can('canViewOrders')).toBe(false);
    expect(session.can('isSuperAdmin')).toBe(false);
    expect(session.can(['canViewTariff', 'canViewCatalog'])).toBe(true);
  });

  it('when the admin is a superadmin, then every guard passes', () => {
    localStorage.setItem(
      'aneis.admin.session',
      JSON.stringify({ email: 'boss@aneis.pt', name: 'Boss', permissions: ['SUPERADMIN'] }),
    );
    const session = useSessionStore();

    for (const guard of ['isSuperAdmin', 'canManageOrders', 'canViewAudit'] as const) {
      expect(session.can(guard)).toBe(true);
    }
  });

  it('when logging out, then the server is told and the admin forgotten', async () => {
    localStorage.setItem('aneis.admin.session', JSON.stringify(catalogueAdmin));
    const { requests } = installFakeServer({
      'POST /security/logout': () => ({ raw: 'logged out' }),
    });
    const session = useSessionStore();

    await session.logout();

    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /security/logout']);
    expect(session.loggedIn).toBe(false);
  });
});
