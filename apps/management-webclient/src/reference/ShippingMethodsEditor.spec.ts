import type { Country, ShippingMethod } from '@aneis/contracts';
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
  { code: 'ES', name: 'Espanha', currency: 'EUR', active: true },
];
const express: ShippingMethod = {
  _id: 'a0000000000000000000000a',
  code: 'ctt-expresso',
  name: 'CTT Expresso',
  summary: 'Entrega em 48h',
  maximumDays: 2,
  countries: ['PT'],
  aliases: ['Expedited Shipping'],
  price: { amount: 4.5, currency: 'EUR' },
  active: true,
};
const worldwide: ShippingMethod = {
  _id: 'b0000000000000000000000b',
  code: 'dhl-mundo',
  name: 'DHL',
  maximumDays: 10,
  countries: [],
  aliases: [],
  price: { amount: 25, currency: 'USD' },
  active: false,
};

/** What `get` returns for the form: enough to look inside it. */
type FormWrapper = Pick<DOMWrapper<Element>, 'get' | 'findAll'>;

/** A server that keeps the methods it is sent, so the reloaded list shows each write. */
function shippingServer(extra: FakeRoutes = {}) {
  const methods: ShippingMethod[] = [structuredClone(express), structuredClone(worldwide)];
  return installFakeServer({
    ...LOGGED_IN,
    'GET /referenceData/countryList': () => ({ data: countries }),
    ...fakeCollection({
      resource: 'shippingMethod',
      items: methods,
      keyOf: (method) => method._id,
      deleteBy: 'shippingMethodId',
      created: (body) => ({ _id: 'c0000000000000000000000c', ...body }) as ShippingMethod,
    }),
    ...extra,
  });
}

/** Each cell but the name (shown with its summary below it, checked on its own). */
function tableCells(wrapper: VueWrapper) {
  return tableRowsOf(wrapper).map((row) => {
    const cells = row.findAll('td').map((cell) => cell.text());
    return [cells[0], cells[2], cells[3], cells[4], cells[5]];
  });
}

function countryBox(form: FormWrapper, name: string) {
  const label = form.findAll('fieldset label').find((l) => l.text() === name);
  if (!label) throw new Error(`no country ${name}`);
  return label.get('input[type="checkbox"]');
}

const listLoads = (requests: readonly { path: string }[]) =>
  timesRequested(requests, '/referenceData/shippingMethodList');

describe('shipping methods editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a tariff manager opens the shipping tab, then each method shows its price, days, countries and state', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    expect(tableCells(wrapper)).toEqual([
      ['ctt-expresso', '4,50\u00a0€', '2', 'PT', t('common.active')],
      ['dhl-mundo', '25,00\u00a0US$', '10', t('reference.allCountries'), t('common.inactive')],
    ]);
    const names = tableRowsOf(wrapper).map((row) => row.findAll('td')[1]);
    expect(names[0]?.get('small').text()).toBe('Entrega em 48h');
    expect(names[0]?.text()).toContain('CTT Expresso');
    expect(names[1]?.get('small').text()).toBe('');
    wrapper.unmount();
  });

  it('when a method is added, then its fields are trimmed, numbers parsed, ticked countries sent and the list reloaded', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    expect(form.get<HTMLInputElement>('#shipping-days').element.value).toBe('5');
    await form.get('#shipping-code').setValue(' ctt-normal ');
    await form.get('#shipping-name').setValue(' CTT Normal ');
    await form.get('#shipping-summary').setValue(' Correio registado ');
    await form.get('#shipping-days').setValue('7');
    await form.get('#shipping-price').setValue('3,2');
    await form.get('#shipping-currency').setValue('eur');
    await countryBox(form, 'Espanha').setValue(true);
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      code: 'ctt-normal',
      name: 'CTT Normal',
      summary: 'Correio registado',
      maximumDays: 7,
      countries: ['ES'],
      aliases: [],
      price: { amount: 3.2, currency: 'EUR' },
      active: true,
    });
    expect(listLoads(requests)).toBe(2);
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)).toContainEqual([
      'ctt-normal',
      '3,20\u00a0€',
      '7',
      'ES',
      t('common.active'),
    ]);
    wrapper.unmount();
  });

  it('when a method is edited, then it is sent with its id and the changed countries, price and state', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    await rowStartingWith(wrapper, 'ctt-expresso')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    // The storefront sends the code at checkout: it is fixed once created.
    expect(form.get('#shipping-code').attributes('readonly')).toBeDefined();
    expect(form.get<HTMLInputElement>('#shipping-price').element.value).toBe('4.5');
    expect(countryBox(form, 'Portugal').element).toHaveProperty('checked', true);
    await countryBox(form, 'Portugal').setValue(false);
    await form.get('#shipping-price').setValue('5');
    await form.get('fieldset + label input[type="checkbox"]').setValue(false);
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      _id: express._id,
      code: 'ctt-expresso',
      name: 'CTT Expresso',
      summary: 'Entrega em 48h',
      maximumDays: 2,
      countries: [],
      aliases: ['Expedited Shipping'],
      price: { amount: 5, currency: 'EUR' },
      active: false,
    });
    expect(wrapper.find('section form').exists()).toBe(false);
    expect(tableCells(wrapper)[0]).toEqual([
      'ctt-expresso',
      '5,00\u00a0€',
      '2',
      t('reference.allCountries'),
      t('common.inactive'),
    ]);
    wrapper.unmount();
  });

  it("when a method's other ids are edited, then the list is sent trimmed and shown under its name", async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    const name = () => rowStartingWith(wrapper, 'dhl-mundo').findAll('td')[1];
    expect(name()?.find('.aliases').exists()).toBe(false);
    await rowStartingWith(wrapper, 'dhl-mundo')
      .get('.ui-data__actions button:not(.danger)')
      .trigger('click');
    const form = wrapper.get('section form');
    expect(form.get<HTMLInputElement>('#shipping-aliases').element.value).toBe('');
    await form.get('#shipping-aliases').setValue(' 20 day shipping ,No Rush Shipping, ');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({
      _id: worldwide._id,
      aliases: ['20 day shipping', 'No Rush Shipping'],
    });
    expect(name()?.get('.aliases').text()).toBe(
      `${t('reference.aliases')}: 20 day shipping, No Rush Shipping`,
    );
    wrapper.unmount();
  });

  it('when days or price are not numbers, then each field says so and nothing is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#shipping-code').setValue('ctt-normal');
    await form.get('#shipping-name').setValue('CTT Normal');
    await form.get('#shipping-days').setValue('0');
    await form.get('#shipping-price').setValue('três euros');
    await form.trigger('submit');
    await flushPromises();

    expect(form.get('#shipping-days-error').text()).toBe(t('reference.invalidDays'));
    expect(form.get('#shipping-price-error').text()).toBe(t('form.invalidNumber'));
    expect(form.get('#shipping-price').attributes('aria-invalid')).toBe('true');
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);

    await form.get('#shipping-days').setValue('3');
    await form.get('#shipping-price').setValue('3,99');
    await form.trigger('submit');
    await flushPromises();
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      maximumDays: 3,
      price: { amount: 3.99, currency: 'EUR' },
    });
    wrapper.unmount();
  });

  it('when a method is deleted, then the admin is asked first and its id is sent', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    await rowStartingWith(wrapper, 'dhl-mundo').get('.danger').trigger('click');

    const question = await answerConfirm(wrapper, true);

    expect(question).toContain(t('common.confirmDelete', { name: 'DHL' }));
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({
      shippingMethodId: worldwide._id,
    });
    expect(tableCells(wrapper).map((cells) => cells[0])).toEqual(['ctt-expresso']);
    wrapper.unmount();
  });

  it('when the server refuses a method, then its message shows in the form, which stays open', async () => {
    rememberAdmin(['SUPERADMIN']);
    const { requests } = shippingServer({
      'POST /referenceData/shippingMethod': () => ({
        status: 400,
        failure: 'Invalid request: maximumDays: Too big: expected int to be <=365',
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'maximumDays', code: 'too_large', limit: 365 }],
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    await form.get('#shipping-code').setValue('levantamento');
    await form.get('#shipping-name').setValue('Levantamento na loja');
    await form.get('#shipping-days').setValue('400');
    await form.get('#shipping-price').setValue('0');
    await form.trigger('submit');
    await flushPromises();

    expect(form.get('[data-field="maximumDays"]').text()).toContain('O valor máximo é 365.');
    expect(wrapper.find('section form').exists()).toBe(true);
    expect(form.get<HTMLInputElement>('#shipping-name').element.value).toBe('Levantamento na loja');
    expect(listLoads(requests)).toBe(1);
    wrapper.unmount();
  });

  it('when a tariff viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    shippingServer();
    const { wrapper } = await mountRoute('/reference-data/shipping-methods');

    expect(tableCells(wrapper).map((cells) => cells[0])).toEqual(['ctt-expresso', 'dhl-mundo']);
    expect(wrapper.findAll('section button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
