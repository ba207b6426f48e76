import type { Carrier } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer, type FakeRoutes } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, answerConfirm } from '../testing/mount-route.js';
import { LOGGED_IN } from '../testing/reference-table.js';

const ctt: Carrier = {
  code: 'CTT',
  name: 'CTT Correios de Portugal',
  trackingUrlTemplate: 'https://www.ctt.pt/track?objects={trackingNumber}',
  active: true,
};
const myus: Carrier = { code: 'MYUS', name: 'MyUS', active: false };

/** A server that keeps the carriers it is sent, so the reloaded list shows each write. */
function carrierServer(extra: FakeRoutes = {}) {
  const carriers: Carrier[] = [ctt, myus];
  return installFakeServer({
    ...LOGGED_IN,
    'GET /referenceData/carrierList': () => ({ data: carriers }),
    'POST /referenceData/carrier': (request) => {
      const body = request.body as Carrier & { trackingUrlTemplate: string };
      carriers.push({ ...body, trackingUrlTemplate: body.trackingUrlTemplate || undefined });
      return { data: body };
    },
    ...extra,
  });
}

describe('carriers editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a tariff manager opens the carriers tab, then every carrier is listed with its state', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    carrierServer();
    const { wrapper } = await mountRoute('/reference-data/carriers');

    const rows = wrapper.findAll('[data-testid="carriers-table"] tbody tr');
    expect(
      rows.map((row) =>
        row
          .findAll('td')
          .slice(0, 4)
          .map((cell) => cell.text()),
      ),
    ).toEqual([
      ['CTT', 'CTT Correios de Portugal', ctt.trackingUrlTemplate, 'Ativo'],
      ['MYUS', 'MyUS', '—', 'Inativo'],
    ]);
    wrapper.unmount();
  });

  it('when a carrier is added, then its code goes upper-case, the list is reloaded and the form closes', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = carrierServer();
    const { wrapper } = await mountRoute('/reference-data/carriers');

    await wrapper.get('[data-testid="new-carrier"]').trigger('click');
    const form = wrapper.get('[data-testid="carrier-form"]');
    await form.get('input[name="code"]').setValue(' nacex ');
    await form.get('input[name="name"]').setValue('Nacex');
    await form
      .get('input[name="trackingUrlTemplate"]')
      .setValue(' https://www.nacex.es/seguimiento?id={trackingNumber} ');
    await form.trigger('submit');
    await flushPromises();

    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      code: 'NACEX',
      name: 'Nacex',
      trackingUrlTemplate: 'https://www.nacex.es/seguimiento?id={trackingNumber}',
      active: true,
    });
    expect(requests.filter((r) => r.path === '/referenceData/carrierList')).toHaveLength(2);
    expect(wrapper.find('[data-testid="carrier-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="carrier-NACEX"]').text()).toContain('Nacex');
    wrapper.unmount();
  });

  it('when a carrier is edited, then its code is fixed, an emptied template is sent, and a refusal shows in place', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = carrierServer({
      'PUT /referenceData/carrier': () => ({
        status: 400,
        failure: 'Invalid request: trackingUrlTemplate: must be an absolute https URL',
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'trackingUrlTemplate', code: 'invalid_format' }],
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/carriers');

    await wrapper.get('[data-testid="carrier-CTT"] button').trigger('click');
    const form = wrapper.get('[data-testid="carrier-form"]');
    expect(form.get('input[name="code"]').attributes('readonly')).toBeDefined();
    await form.get('input[name="trackingUrlTemplate"]').setValue('');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      code: 'CTT',
      name: 'CTT Correios de Portugal',
      trackingUrlTemplate: '',
      active: true,
    });
    expect(form.get('[data-field="trackingUrlTemplate"]').text()).toContain(
      'O formato não é válido.',
    );
    expect(form.text()).not.toContain('must be an absolute');
    expect(wrapper.find('[data-testid="carrier-form"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('when a carrier that shipped orders is deleted, then the conflict is shown in place', async () => {
    rememberAdmin(['SUPERADMIN']);
    const { requests } = carrierServer({
      'DELETE /referenceData/carrier': () => ({
        status: 409,
        failure: 'Orders were shipped with this carrier; deactivate it instead',
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/carriers');

    await wrapper.get('[data-testid="carrier-CTT"] .danger').trigger('click');

    await answerConfirm(wrapper, true);

    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ code: 'CTT' });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Esta alteração não é possível com os dados como estão agora.',
    );
    wrapper.unmount();
  });

  it('when a tariff viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    carrierServer();
    const { wrapper } = await mountRoute('/reference-data/carriers');

    expect(wrapper.get('[data-testid="carriers-table"]').text()).toContain('MyUS');
    expect(wrapper.findAll('section button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
