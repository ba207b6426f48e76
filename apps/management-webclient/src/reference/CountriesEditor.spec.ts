import type { Country } from '@aneis/contracts';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import { fakeCollection } from '../testing/fake-collection.js';
import { installFakeServer, type FakeRoutes } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, answerConfirm } from '../testing/mount-route.js';
import {
  cellTexts,
  LOGGED_IN,
  rowStartingWith,
  timesRequested,
} from '../testing/reference-table.js';

const { t } = useI18n();
const portugal: Country = { code: 'PT', name: 'Portugal', currency: 'EUR', active: true };
const brazil: Country = { code: 'BR', name: 'Brasil', currency: 'BRL', active: false };

/** A server that keeps the countries it is sent, so the reloaded list shows each write. */
function countryServer(extra: FakeRoutes = {}) {
  const countries: Country[] = [{ ...portugal }, { ...brazil }];
  return installFakeServer({
    ...LOGGED_IN,
    ...fakeCollection({
      resource: 'country',
      items: countries,
      keyOf: (country) => country.code,
      deleteBy: 'code',
    }),
    ...extra,
  });
}

const tableCells = (wrapper: VueWrapper) => cellTexts(wrapper, 4);

const listLoads = (requests: readonly { path: string }[]) =>
  timesRequested(requests, '/referenceData/countryList');

describe('countries editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a tariff manager opens the countries tab, then every country is listed with its currency and state', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    countryServer();
    const { wrapper } = await mountRoute('/reference-data/countries');

    expect(tableCells(wrapper)).toEqual([
      ['PT', 'Portugal', 'EUR', t('common.active')],
      ['BR', 'Brasil', 'BRL', t('common.inactive')],
    ]);
    wrapper.unmount();
  });

  it('when a country is added, then its codes go upper-case, its name is trimmed and the list is reloaded', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = countryServer();
    const { wrapper } = await mountRoute('/reference-data/countries');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#country-code').setValue('es');
    await form.get('#country-name').setValue('  Espanha ');
    await form.get('#country-currency').setValue('eur');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      code: 'ES',
      name: 'Espanha',
      currency: 'EUR',
      active: true,
    });
    expect(listLoads(requests)).toBe(2);
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)).toContainEqual(['ES', 'Espanha', 'EUR', t('common.active')]);
    wrapper.unmount();
  });

  it('when a country is edited, then its code stays fixed and the changed fields are sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = countryServer();
    const { wrapper } = await mountRoute('/reference-data/countries');

    await rowStartingWith(wrapper, 'BR')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    expect(form.get<HTMLInputElement>('#country-code').element.value).toBe('BR');
    expect(form.get('#country-code').attributes('readonly')).toBeDefined();
    await form.get('#country-name').setValue('Brasil ');
    await form.get('#country-currency').setValue('usd');
    await form.get('input[type="checkbox"]').setValue(true);
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      code: 'BR',
      name: 'Brasil',
      currency: 'USD',
      active: true,
    });
    expect(listLoads(requests)).toBe(2);
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)).toContainEqual(['BR', 'Brasil', 'USD', t('common.active')]);
    wrapper.unmount();
  });

  it('when a country is deleted, then the admin is asked first and its code is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = countryServer();
    const { wrapper } = await mountRoute('/reference-data/countries');

    await rowStartingWith(wrapper, 'BR').get('.danger').trigger('click');

    const question = await answerConfirm(wrapper, true);

    expect(question).toContain(t('common.confirmDelete', { name: 'Brasil' }));
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ code: 'BR' });
    expect(tableCells(wrapper).map((cells) => cells[0])).toEqual(['PT']);
    wrapper.unmount();
  });

  it('when the server refuses a new country, then its message shows in the form, which stays open', async () => {
    rememberAdmin(['SUPERADMIN']);
    const { requests } = countryServer({
      'POST /referenceData/country': () => ({
        status: 409,
        failure: 'A record with the same code already exists',
        code: 'DUPLICATE',
        fields: [{ path: 'code', code: 'taken' }],
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/countries');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#country-code').setValue('PT');
    await form.get('#country-name').setValue('Portugal');
    await form.trigger('submit');
    await flushPromises();

    expect(form.get('[role="alert"]').text()).toBe('Já existe um registo com esse valor.');
    expect(form.get('[data-field="code"]').text()).toContain('Já está a ser usado.');
    expect(wrapper.find('section form').exists()).toBe(true);
    expect(form.get<HTMLInputElement>('#country-name').element.value).toBe('Portugal');
    expect(listLoads(requests)).toBe(1);
    wrapper.unmount();
  });

  it('when a tariff viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    countryServer();
    const { wrapper } = await mountRoute('/reference-data/countries');

    expect(tableCells(wrapper).map((cells) => cells[0])).toEqual(['PT', 'BR']);
    expect(wrapper.findAll('section button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
