import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin, answerConfirm } from '../testing/mount-route.js';

const category = { _id: 'e0000000000000000000000e', category: 'Anéis', subcategory: 'Prata' };

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
});
