import type { Country, Tariff } from '@aneis/contracts';
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import { fakeCollection } from '../testing/fake-collection.js';
import { installFakeServer, type FakeRoutes } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, answerConfirm } from '../testing/mount-route.js';
import {
  LOGGED_IN,
  rowStartingWith,
  tableRowsOf,
  timesRequested,
} from '../testing/reference-table.js';

const { t } = useI18n();
const countries: Country[] = [
  { code: 'PT', name: 'Portugal', currency: 'EUR', active: true },
  { code: 'BR', name: 'Brasil', currency: 'BRL', active: true },
];
const jewellery: Tariff = {
  _id: 'a0000000000000000000000a',
  name: 'Joalharia',
  rates: { PT: 23, BR: 12.5 },
};
const exempt: Tariff = { _id: 'b0000000000000000000000b', name: 'Isento', rates: {} };

/** What `get` returns for the form: enough to look inside it. */
type FormWrapper = Pick<DOMWrapper<Element>, 'get' | 'findAll'>;

/** A server that keeps the tariffs it is sent, so the reloaded list shows each write. */
function tariffServer(extra: FakeRoutes = {}) {
  const tariffs: Tariff[] = [structuredClone(jewellery), structuredClone(exempt)];
  return installFakeServer({
    ...LOGGED_IN,
    'GET /referenceData/countryList': () => ({ data: countries }),
    ...fakeCollection({
      resource: 'tariff',
      items: tariffs,
      keyOf: (tariff) => tariff._id,
      deleteBy: 'tariffId',
      created: (body) => ({ _id: 'c0000000000000000000000c', ...body }) as Tariff,
    }),
    ...extra,
  });
}

/** Each tariff's name and its rate badges. */
function tableRows(wrapper: VueWrapper) {
  return tableRowsOf(wrapper).map((row) => ({
    name: row.find('td').text(),
    rates: row.findAll('.badge').map((badge) => badge.text()),
  }));
}

function rateInputs(form: FormWrapper, index: number) {
  return {
    country: form.get(`input[placeholder="${t('reference.rateCountry', { index })}"]`),
    percent: form.get(`input[placeholder="${t('reference.ratePercent', { index })}"]`),
  };
}

function buttonNamed(form: FormWrapper, label: string) {
  const button = form.findAll('button').find((b) => b.text() === label);
  if (!button) throw new Error(`no button ${label}`);
  return button;
}

const listLoads = (requests: readonly { path: string }[]) =>
  timesRequested(requests, '/referenceData/tariffList');

describe('tariffs editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a tariff manager opens the tariffs tab, then each tariff shows its percentage per country', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    expect(tableRows(wrapper)).toEqual([
      { name: 'Joalharia', rates: ['PT: 23%', 'BR: 12,5%'] },
      { name: 'Isento', rates: [] },
    ]);
    wrapper.unmount();
  });

  it('when a tariff is added, then its name is trimmed, country codes upper-cased, blank countries dropped, decimal commas read and the list reloaded', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#tariff-name').setValue(' Prata ');
    await buttonNamed(form, t('reference.addRate')).trigger('click');
    await buttonNamed(form, t('reference.addRate')).trigger('click');
    expect(rateInputs(form, 2).percent.element).toHaveProperty('value', '0');
    await rateInputs(form, 1).country.setValue(' br ');
    await rateInputs(form, 1).percent.setValue('7,5');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Prata',
      rates: { BR: 7.5 },
    });
    expect(listLoads(requests)).toBe(2);
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableRows(wrapper)).toContainEqual({ name: 'Prata', rates: ['BR: 7,5%'] });
    wrapper.unmount();
  });

  it('when a tariff is edited, then it is sent with its id and only the rates left in the form', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    await rowStartingWith(wrapper, 'Joalharia')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    expect(form.get<HTMLInputElement>('#tariff-name').element.value).toBe('Joalharia');
    expect(rateInputs(form, 2).country.element).toHaveProperty('value', 'BR');
    expect(rateInputs(form, 2).percent.element).toHaveProperty('value', '12.5');
    await form.findAll('.rate-row')[1]?.get('button').trigger('click');
    await rateInputs(form, 1).percent.setValue('21');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      _id: jewellery._id,
      name: 'Joalharia',
      rates: { PT: 21 },
    });
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableRows(wrapper)[0]).toEqual({ name: 'Joalharia', rates: ['PT: 21%'] });
    wrapper.unmount();
  });

  it('when a tariff is deleted, then the admin is asked first and its id is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    await rowStartingWith(wrapper, 'Isento').get('.danger').trigger('click');

    const question = await answerConfirm(wrapper, true);

    expect(question).toContain(t('common.confirmDelete', { name: 'Isento' }));
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ tariffId: exempt._id });
    expect(tableRows(wrapper).map((row) => row.name)).toEqual(['Joalharia']);
    wrapper.unmount();
  });

  it('when the server refuses a change, then its message shows in the form, which stays open', async () => {
    rememberAdmin(['SUPERADMIN']);
    const { requests } = tariffServer({
      'PUT /referenceData/tariff': () => ({
        status: 400,
        failure: 'Invalid request: rates.PT: rate must be at most 1000',
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'rates.PT', code: 'too_large', limit: 1000 }],
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    await rowStartingWith(wrapper, 'Joalharia')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    await rateInputs(form, 1).percent.setValue('2300');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      _id: jewellery._id,
      name: 'Joalharia',
      rates: { PT: 2300, BR: 12.5 },
    });
    expect(form.get('[data-field="rates.PT"]').text()).toContain('O valor máximo é 1000.');
    expect(wrapper.find('section form').exists()).toBe(true);
    expect(rateInputs(form, 1).percent.element).toHaveProperty('value', '2300');
    expect(listLoads(requests)).toBe(1);
    wrapper.unmount();
  });

  it('when a percentage is not a number, then the form names its row and nothing is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    await rowStartingWith(wrapper, 'Joalharia')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    await rateInputs(form, 2).percent.setValue('doze');
    await form.trigger('submit');
    await flushPromises();

    expect(form.get('[role="alert"]').text()).toBe(t('reference.invalidRatePercent', { index: 2 }));
    expect(rateInputs(form, 2).percent.attributes('aria-invalid')).toBe('true');
    expect(rateInputs(form, 1).percent.attributes('aria-invalid')).toBe('false');
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
    wrapper.unmount();
  });

  it('when a tariff viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    tariffServer();
    const { wrapper } = await mountRoute('/reference-data/tariffs');

    expect(tableRows(wrapper).map((row) => row.name)).toEqual(['Joalharia', 'Isento']);
    expect(wrapper.findAll('section button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
