import { flushPromises } from '@vue/test-utils';
import type { AuditEntry } from '@aneis/contracts';
import { installFakeServer, type FakeAnswer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };
const orderId = 'a0000000000000000000000a';

function entry(id: number, action: string, entityId: string): AuditEntry {
  return {
    _id: id.toString(16).padStart(24, '0'),
    at: '2026-11-27T10:00:00.000Z',
    actor: { email: 'ana@aneis.pt', name: 'Ana' },
    action,
    entityType: entityId === orderId ? 'order' : 'product',
    entityId,
    before: null,
    after: {},
  };
}

const page = (docs: AuditEntry[]): FakeAnswer => ({
  data: { docs, total: docs.length, limit: 25, page: 1, pages: 1 },
});

function actions(wrapper: { findAll(selector: string): { text(): string }[] }): string[] {
  return wrapper
    .findAll('[data-testid="audit-table"] tbody tr td:nth-child(3)')
    .map((td) => td.text());
}

describe('audit log page', () => {
  beforeEach(() => localStorage.clear());

  it('when the unfiltered list answers after the filtered one, then the filtered entries stay', async () => {
    rememberAdmin(['SUPERADMIN']);
    const everything = [entry(1, 'confirmOrder', orderId), entry(2, 'addProduct', 'p1')];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const { requests } = installFakeServer({
      ...loggedIn,
      'POST /audit/list': async (request) => {
        const filtered = (request.body as { entityId?: string }).entityId === orderId;
        if (filtered) return page(everything.filter((e) => e.entityId === orderId));
        await firstHeld;
        return page(everything);
      },
    });
    const { wrapper } = await mountRoute('/audit');

    await wrapper.get('#audit-entity').setValue(orderId);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(actions(wrapper)).toEqual(['Encomenda confirmada']);

    releaseFirst();
    await flushPromises();
    expect(actions(wrapper)).toEqual(['Encomenda confirmada']);
    expect(requests.filter((r) => r.path === '/audit/list')).toHaveLength(2);
    wrapper.unmount();
  });

  it('when Back leaves a filtered list, then the form shows the filters of the list again', async () => {
    rememberAdmin(['SUPERADMIN']);
    installFakeServer({ ...loggedIn, 'POST /audit/list': () => page([]) });
    const { wrapper, router } = await mountRoute(`/audit?entityId=${orderId}`);
    const entity = () => (wrapper.get('#audit-entity').element as HTMLInputElement).value;
    expect(entity()).toBe(orderId);

    await wrapper.get('#audit-entity').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query['entityId']).toBeUndefined();

    router.back();
    await flushPromises();
    expect(router.currentRoute.value.query['entityId']).toBe(orderId);
    expect(entity()).toBe(orderId);
    wrapper.unmount();
  });
});
