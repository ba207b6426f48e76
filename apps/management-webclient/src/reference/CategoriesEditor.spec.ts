import { flushPromises } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, answerConfirm } from '../testing/mount-route.js';
import { cellTexts, LOGGED_IN, rowStartingWith } from '../testing/reference-table.js';

const { t } = useI18n();
const category = { _id: 'e0000000000000000000000e', category: 'Anéis', subcategory: 'Prata' };
const reduced = {
  _id: 'f0000000000000000000000f',
  category: 'Livros',
  subcategory: 'Cuidados',
  vatPercent: 6,
};

describe('categories editor', () => {
  beforeEach(() => localStorage.clear());

  it('when a used category is deleted, then the conflict is shown in place', async () => {
    rememberAdmin(['CATEGORIES_MANAGE']);
    installFakeServer({
      'GET /security/isLoggedIn': () => ({ raw: 'true' }),
      'GET /referenceData/productCategoryList': () => ({ data: [category] }),
      'DELETE /referenceData/productCategory': () => ({
        status: 409,
        failure: 'This category is used by 3 products',
      }),
    });
    const { wrapper } = await mountRoute('/reference-data/categories');

    await wrapper.get('[data-testid="categories-table"] .danger').trigger('click');

    await answerConfirm(wrapper, true);

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Esta alteração não é possível com os dados como estão agora.',
    );
    wrapper.unmount();
  });

  it('when a category viewer opens the list, then no editing control is offered', async () => {
    rememberAdmin(['CATEGORIES_VIEW']);
    installFakeServer({
      'GET /security/isLoggedIn': () => ({ raw: 'true' }),
      'GET /referenceData/productCategoryList': () => ({ data: [category] }),
    });
    const { wrapper } = await mountRoute('/reference-data/categories');

    expect(wrapper.get('[data-testid="categories-table"]').text()).toContain('Prata');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });

  it('when categories are listed, then each shows its IVA rate (the standard 23 % when none is stored)', async () => {
    rememberAdmin(['CATEGORIES_VIEW']);
    installFakeServer({
      ...LOGGED_IN,
      'GET /referenceData/productCategoryList': () => ({ data: [category, reduced] }),
    });
    const { wrapper } = await mountRoute('/reference-data/categories');

    expect(cellTexts(wrapper, 3)).toEqual([
      ['Anéis', 'Prata', '23 %'],
      ['Livros', 'Cuidados', '6 %'],
    ]);
    wrapper.unmount();
  });

  it('when a manager changes a category to the 13 % rate, then the rate typed with a comma is sent as a number', async () => {
    rememberAdmin(['CATEGORIES_MANAGE']);
    const { requests } = installFakeServer({
      ...LOGGED_IN,
      'GET /referenceData/productCategoryList': () => ({ data: [category, reduced] }),
      'PUT /referenceData/productCategory': (request) => ({ data: request.body }),
    });
    const { wrapper } = await mountRoute('/reference-data/categories');

    await rowStartingWith(wrapper, 'Livros').get('button').trigger('click');
    const form = wrapper.get('section form');
    expect((form.get('#category-vat').element as HTMLInputElement).value).toBe('6');
    await form.get('#category-vat').setValue('13,0');
    await form.trigger('submit');
    await flushPromises();

    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      _id: reduced._id,
      category: 'Livros',
      subcategory: 'Cuidados',
      vatPercent: 13,
    });
    wrapper.unmount();
  });

  it('when the IVA rate is not a percentage the shop can charge, then the field says so and nothing is sent', async () => {
    rememberAdmin(['CATEGORIES_MANAGE']);
    const { requests } = installFakeServer({
      ...LOGGED_IN,
      'GET /referenceData/productCategoryList': () => ({ data: [category] }),
    });
    const { wrapper } = await mountRoute('/reference-data/categories');

    await wrapper.get('section button.primary').trigger('click');
    const form = wrapper.get('section form');
    expect((form.get('#category-vat').element as HTMLInputElement).value).toBe('23');
    await form.get('#category-name').setValue('Anéis');
    await form.get('#category-subcategory').setValue('Ouro');
    for (const typed of ['', 'seis', '-6', '60', '6,125']) {
      await form.get('#category-vat').setValue(typed);
      await form.trigger('submit');
      await flushPromises();
      expect(form.get('#category-vat-error').text(), typed).toBe(t('reference.invalidVatPercent'));
    }
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
    wrapper.unmount();
  });
});
