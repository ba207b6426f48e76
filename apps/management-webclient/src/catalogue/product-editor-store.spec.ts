import { createPinia, setActivePinia } from 'pinia';
import { installFakeServer, type FakeRequest } from '../testing/fake-server.js';
import { productFixture, productId } from '../testing/product-fixture.js';
import { setImageTransport } from './image-transport.js';
import { useProductEditorStore } from './product-editor-store.js';

const uploads: { url: string; size: number }[] = [];

describe('product editor store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    uploads.length = 0;
    setImageTransport({
      encode: async (file, maxSide) => new Blob([`${maxSide}:${await file.text()}`]),
      put: async (url, image) => void uploads.push({ url, size: image.size }),
    });
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => undefined;
  });

  it('when a product is loaded, then it is not dirty until a field changes', async () => {
    installFakeServer({ 'GET /catalog/getProductDetails': () => ({ data: productFixture() }) });
    const editor = useProductEditorStore();

    await editor.load(productId);
    expect(editor.draft.price).toBe('49.9');
    expect(editor.dirty).toBe(false);

    editor.draft.stock = '2';
    expect(editor.dirty).toBe(true);
  });

  it('when saving with a new picture placed first, then it is uploaded and the order is kept', async () => {
    let updateBody: FakeRequest['body'];
    const { requests } = installFakeServer({
      'GET /catalog/getProductDetails': () => ({ data: productFixture() }),
      'GET /catalog/getPresignedUrlsForCatalogImageUploads': () => ({
        data: {
          thumbnailUrls: [{ uploadUrl: 'http://up/t1', liveUrl: 'http://live/t1' }],
          detailedImageUrls: [{ uploadUrl: 'http://up/d1', liveUrl: 'http://live/d1' }],
          featuredImageUrls: [],
        },
      }),
      'PUT /catalog/updateProduct': (request) => {
        updateBody = request.body;
        return { data: productFixture() };
      },
    });
    const editor = useProductEditorStore();
    await editor.load(productId);
    editor.addImages([new File(['png'], 'novo.png', { type: 'image/png' })]);
    editor.draft.images = [...editor.draft.images.slice(2), ...editor.draft.images.slice(0, 2)];

    expect(await editor.save()).toBe(productId);

    const presign = requests.find((r) => r.path.endsWith('ForCatalogImageUploads'));
    expect(Object.fromEntries(presign?.query ?? [])).toEqual({
      productId,
      numberOfThumbnailAndDetailedImages: '1',
      numberOfFeaturedImages: '0',
    });
    expect(uploads.map((u) => u.url)).toEqual(['http://up/t1', 'http://up/d1']);
    expect(updateBody).toMatchObject({
      _id: productId,
      thumbnailUrls: [
        'http://live/t1',
        expect.stringContaining('/thumbnails/a'),
        expect.stringContaining('/thumbnails/b'),
      ],
      detailedImageUrls: [
        'http://live/d1',
        expect.stringContaining('/detailed-images/a'),
        expect.stringContaining('/detailed-images/b'),
      ],
      stock: 3,
      lowStockThreshold: 1,
      price: { amount: 49.9, currency: 'EUR' },
    });
    expect(editor.dirty).toBe(false);
  });

  it('when the draft is invalid, then nothing is sent and the problems are listed', async () => {
    const { requests } = installFakeServer({});
    const editor = useProductEditorStore();
    editor.startNew();

    expect(await editor.save()).toBeNull();
    expect(requests).toEqual([]);
    expect(editor.problems['name']).toBe('form.required');
  });

  it('when a new product is added, then the next save updates it instead of adding again', async () => {
    const { requests } = installFakeServer({
      'POST /catalog/addProduct': () => ({
        data: {
          ...productFixture(),
          category: 'e0000000000000000000000e',
          tariff: 'f0000000000000000000000f',
        },
      }),
      'GET /catalog/getProductDetails': () => ({ status: 500, failure: 'Internal Server Error' }),
    });
    const editor = useProductEditorStore();
    editor.startNew();
    Object.assign(editor.draft, {
      store: 'Atelier',
      brand: 'Aneis',
      name: 'Anel',
      sku: 'AN-2',
      categoryId: 'e0000000000000000000000e',
      tariffId: 'f0000000000000000000000f',
      price: '10',
      weight: '2',
      detailsHtml: '<p>Anel</p>',
      stock: '',
    });

    await expect(editor.save()).rejects.toMatchObject({ errorDetails: 'Internal Server Error' });
    expect(requests[0]?.body).toMatchObject({ stock: null, marked_price: null, active: true });
    expect(editor.productId).toBe(productId);
  });
});
