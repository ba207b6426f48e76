import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';

const emptyPage = { docs: [], total: 0, limit: 20, page: 1, pages: 1 };

describe('catalogue page', () => {
  beforeEach(() => localStorage.clear());

  it('when the URL changes by Back, then the form and the list follow the URL', async () => {
    rememberAdmin(['CATALOG_VIEW']);
    const { requests } = installFakeServer({
      'GET /security/isLoggedIn': () => ({ raw: 'true' }),
      'POST /catalog/search': () => ({ data: emptyPage }),
    });
    const searches = () =>
      requests
        .filter((r) => r.path === '/catalog/search')
        .map((r) => r.body as { searchTerm?: string; sortRule: string });
    const { wrapper, router } = await mountRoute('/catalog?q=aurora&sort=lowStock');
    const term = () =>
      (wrapper.get('[data-testid="catalogue-search"]').element as HTMLInputElement).value;
    const sort = () =>
      (wrapper.get('[data-testid="catalogue-sort"]').element as HTMLSelectElement).value;
    expect(searches().at(-1)).toMatchObject({ searchTerm: 'aurora', sortRule: 'stock name' });
    expect([term(), sort()]).toEqual(['aurora', 'lowStock']);

    // An inherited name is not a sort: the newest-first default applies.
    await router.push('/catalog?sort=toString');
    await flushPromises();
    expect(searches().at(-1)).toEqual(expect.objectContaining({ sortRule: '-auditLog.createdOn' }));
    expect(searches().at(-1)?.searchTerm).toBeUndefined();
    expect([term(), sort()]).toEqual(['', 'newest']);

    router.back();
    await flushPromises();
    expect(searches().at(-1)).toMatchObject({ searchTerm: 'aurora', sortRule: 'stock name' });
    expect([term(), sort()]).toEqual(['aurora', 'lowStock']);
    wrapper.unmount();
  });
});
