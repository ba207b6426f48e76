import type { ExchangeRate } from '@aneis/contracts';
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
const real: ExchangeRate = {
  _id: 'a0000000000000000000000a',
  currency: 'BRL',
  one_usd_equals: 6.125,
};
const pound: ExchangeRate = {
  _id: 'b0000000000000000000000b',
  currency: 'GBP',
  one_usd_equals: 0.85,
};
/** One dollar buys little of it: the rate needs more than Intl's default 3 decimals. */
const strong: ExchangeRate = {
  _id: 'd0000000000000000000000d',
  currency: 'KWD',
  one_usd_equals: 0.30712,
};

/** A server that creates or replaces the rate it is sent, so the reloaded list shows each write. */
function rateServer(extra: FakeRoutes = {}) {
  const rates: ExchangeRate[] = [{ ...real }, { ...pound }];
  return installFakeServer({
    ...LOGGED_IN,
    ...fakeCollection({
      resource: 'exchangeRate',
      items: rates,
      keyOf: (rate) => rate.currency,
      deleteBy: 'currency',
    }),
    // The server's PUT creates a missing currency's rate as well as replacing one.
    'PUT /referenceData/exchangeRate': (request) => {
      const body = request.body as Omit<ExchangeRate, '_id'>;
      const existing = rates.find((r) => r.currency === body.currency);
      if (existing) existing.one_usd_equals = body.one_usd_equals;
      else rates.push({ _id: 'c0000000000000000000000c', ...body });
      return { data: body };
    },
    ...extra,
  });
}

const tableCells = (wrapper: VueWrapper) => cellTexts(wrapper, 2);

const listLoads = (requests: readonly { path: string }[]) =>
  timesRequested(requests, '/referenceData/exchangeRateList');

describe('exchange rates editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a tariff manager opens the rates tab, then each rate is listed with a Portuguese decimal comma', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    expect(tableCells(wrapper)).toEqual([
      ['BRL', '6,125'],
      ['GBP', '0,85'],
    ]);
    wrapper.unmount();
  });

  it('when a rate has more than three decimals, then the list shows all of them', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    installFakeServer({
      ...LOGGED_IN,
      'GET /referenceData/exchangeRateList': () => ({ data: [strong] }),
    });
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    expect(tableCells(wrapper)).toEqual([['KWD', '0,30712']]);
    wrapper.unmount();
  });

  it('when a rate is added, then its currency goes upper-case, a decimal comma is read as a point and the list is reloaded', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#rate-currency').setValue('chf');
    await form.get('#rate-value').setValue('0,94');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      currency: 'CHF',
      one_usd_equals: 0.94,
    });
    expect(listLoads(requests)).toBe(2);
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)).toContainEqual(['CHF', '0,94']);
    wrapper.unmount();
  });

  it('when the rate is not a positive number, then the field says so and nothing is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#rate-currency').setValue('chf');
    for (const typed of ['', 'abc', '0', '-1']) {
      await form.get('#rate-value').setValue(typed);
      await form.trigger('submit');
      await flushPromises();
      expect(form.get('#rate-value-error').text(), typed).toBe(t('reference.invalidRate'));
    }
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);

    await form.get('#rate-value').setValue('0,00012345');
    await form.trigger('submit');
    await flushPromises();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      currency: 'CHF',
      one_usd_equals: 0.00012345,
    });
    wrapper.unmount();
  });

  it('when a rate is edited, then its currency stays fixed and the new value replaces the old', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await rowStartingWith(wrapper, 'GBP')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    expect(form.get('#rate-currency').attributes('readonly')).toBeDefined();
    expect(form.get<HTMLInputElement>('#rate-value').element.value).toBe('0.85');
    await form.get('#rate-value').setValue('0.86');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      currency: 'GBP',
      one_usd_equals: 0.86,
    });
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)).toEqual([
      ['BRL', '6,125'],
      ['GBP', '0,86'],
    ]);
    wrapper.unmount();
  });

  it('when a rate is deleted, then the admin is asked first and its currency is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await rowStartingWith(wrapper, 'BRL').get('.danger').trigger('click');

    const question = await answerConfirm(wrapper, true);

    expect(question).toContain(t('common.confirmDelete', { name: 'BRL' }));
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ currency: 'BRL' });
    expect(tableCells(wrapper)).toEqual([['GBP', '0,85']]);
    wrapper.unmount();
  });

  it('when the server refuses a rate, then its message shows in the form, which stays open', async () => {
    rememberAdmin(['SUPERADMIN']);
    const { requests } = rateServer({
      'PUT /referenceData/exchangeRate': () => ({
        status: 400,
        failure: 'Invalid request: one_usd_equals: Too big: expected number to be <=1000000',
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'one_usd_equals', code: 'too_large', limit: 1000000 }],
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#rate-currency').setValue('JPY');
    await form.get('#rate-value').setValue('2000000');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      currency: 'JPY',
      one_usd_equals: 2000000,
    });
    expect(form.get('[data-field="one_usd_equals"]').text()).toContain('O valor máximo é 1000000.');
    expect(wrapper.find('section form').exists()).toBe(true);
    expect(listLoads(requests)).toBe(1);
    wrapper.unmount();
  });

  it('when a new rate names a listed currency, then nothing is sent and the form points to the list', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#rate-currency').setValue(' gbp ');
    await form.get('#rate-value').setValue('0,5');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    expect(form.get('[role="alert"]').text()).toBe(
      useI18n().t('reference.rateExists', { currency: 'GBP' }),
    );
    expect(tableCells(wrapper)).toContainEqual(['GBP', '0,85']);
    wrapper.unmount();
  });

  it('when a tariff viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    rateServer();
    const { wrapper } = await mountRoute('/reference-data/exchange-rates');

    expect(tableCells(wrapper).map((cells) => cells[0])).toEqual(['BRL', 'GBP']);
    expect(wrapper.findAll('section button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
