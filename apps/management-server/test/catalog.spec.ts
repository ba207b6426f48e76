import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  adminProductSummarySchema,
  paginated,
  presignedUrlsResponseSchema,
  productDetailSchema,
  productRecordSchema,
} from '@aneis/contracts';
import { present } from '@aneis/testing';
import { uploadSignature } from '../src/images/upload-signature.js';
import {
  insertOrder,
  productBody,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { exists, fileOfKey, newImageKey, PNG } from './support/image-files.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  cookie = await server.cookieFor(['CATALOG_MANAGE'], { name: 'Cat' });
});

function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

async function presign(query: Record<string, string>) {
  const res = await server.http
    .get('/catalog/getPresignedUrlsForCatalogImageUploads')
    .query(query)
    .set('Cookie', cookie);
  return res;
}

async function catalogVersion(): Promise<string | null> {
  return server.redis.get(`${server.shoppingPrefix}cache:catalog:version`);
}

describe('image uploads', () => {
  it('when a PNG is uploaded and referenced, then a shopper fetches it and the order thumbnail is kept', async () => {
    const urls = presignedUrlsResponseSchema.parse(
      (await presign({ numberOfThumbnailAndDetailedImages: '1', numberOfFeaturedImages: '0' })).body
        .responseData,
    );
    const thumb = present(urls.thumbnailUrls[0], 'a thumbnail URL');
    const detail = present(urls.detailedImageUrls[0], 'a detailed image URL');
    // The pair shares a file name in the same folder (Veniqa's layout).
    expect(thumb.liveUrl.split('/').pop()).toBe(detail.liveUrl.split('/').pop());
    for (const target of [thumb, detail]) {
      const put = await server.http
        .put(pathOf(target.uploadUrl))
        .set('Content-Type', 'image/png')
        .send(PNG);
      expect(put.status).toBe(200);
    }

    const add = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(
        productBody(fixture, {
          thumbnailUrls: [thumb.liveUrl],
          detailedImageUrls: [detail.liveUrl],
        }),
      );
    expect(add.status).toBe(200);
    const product = productRecordSchema.parse(add.body.responseData);
    expect(product.thumbnailUrls).toEqual([thumb.liveUrl]);

    const shopper = await server.http.get(pathOf(thumb.liveUrl));
    expect(shopper.status).toBe(200);
    expect(shopper.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(shopper.body as Buffer, PNG)).toBe(0);
    const permanent = await server.http.get(`/images/permanent-thumbnails/${product._id}`);
    expect(permanent.status).toBe(200);
  });

  it('when the signature is forged, expired or the file is not an image, then the upload is refused', async () => {
    const urls = presignedUrlsResponseSchema.parse(
      (await presign({ numberOfThumbnailAndDetailedImages: '1' })).body.responseData,
    );
    const upload = new URL(present(urls.thumbnailUrls[0], 'a thumbnail URL').uploadUrl);
    const key = upload.pathname.replace('/images/upload/', '');

    const forged = new URL(upload);
    const signature = present(forged.searchParams.get('signature'), 'a signature');
    forged.searchParams.set(
      'signature',
      `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`,
    );
    const forgedRes = await server.http.put(pathOf(forged.href)).send(PNG);
    expect(forgedRes.status).toBe(403);
    expect(forgedRes.body.errorDetails).toBe('Invalid upload signature');

    const past = Math.floor(Date.now() / 1000) - 10;
    const expired = `/images/upload/${key}?expires=${past}&signature=${uploadSignature(server.config.images.urlSecret, key, past)}`;
    const expiredRes = await server.http.put(expired).send(PNG);
    expect(expiredRes.status).toBe(403);
    expect(expiredRes.body.errorDetails).toBe('This upload URL has expired');

    const text = await server.http
      .put(pathOf(upload.href))
      .set('Content-Type', 'image/png')
      .send(Buffer.from('<script>alert(1)</script>'));
    expect(text.status).toBe(415);
    expect((await server.http.get(`/images/${key}`)).status).toBe(404);
  });

  it("when more than 7 images are asked for, then Veniqa's 400 message comes back", async () => {
    const res = await presign({ numberOfThumbnailAndDetailedImages: '8' });
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(/Maximum number of allowed images for each type is 7/);
  });

  it('when a product with images asks for more, then its folder is reused', async () => {
    const urls = presignedUrlsResponseSchema.parse(
      (await presign({ numberOfThumbnailAndDetailedImages: '1' })).body.responseData,
    );
    const thumb = present(urls.thumbnailUrls[0], 'a thumbnail URL');
    const detail = present(urls.detailedImageUrls[0], 'a detailed image URL');
    const add = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(
        productBody(fixture, {
          thumbnailUrls: [thumb.liveUrl],
          detailedImageUrls: [detail.liveUrl],
        }),
      );
    const again = presignedUrlsResponseSchema.parse(
      (
        await presign({
          productId: add.body.responseData._id,
          numberOfThumbnailAndDetailedImages: '1',
          numberOfFeaturedImages: '1',
        })
      ).body.responseData,
    );
    const folder = (url: string) => new URL(url).pathname.split('/')[2];
    const againDetail = present(again.detailedImageUrls[0], 'a second detailed image URL');
    expect(folder(againDetail.liveUrl)).toBe(folder(detail.liveUrl));
    const featured = present(again.featuredImageUrls[0], 'a featured image URL');
    expect(featured.liveUrl).toMatch(/\/featured-images\//);
  });
});

describe('adding and updating products', () => {
  it('when a product is added, then money is stored in cents, stock is kept and the shop cache is invalidated', async () => {
    const before = await catalogVersion();
    const res = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(
        productBody(fixture, {
          stock: 3,
          lowStockThreshold: 5,
          marked_price: { amount: 249.5, currency: 'EUR' },
          customizationOptions: {
            customizations: [{ type: 'Array', name: 'Size', key: 'Size', values: ['10', '12'] }],
          },
          colors: ['ignored'],
        } as never),
      );
    expect(res.status).toBe(200);
    const product = productRecordSchema.parse(res.body.responseData);
    expect(product).toMatchObject({
      price: { amount: 199.99, currency: 'EUR' },
      stock: 3,
      lowStockThreshold: 5,
    });
    expect(product.auditLog.createdBy.email).toMatch(/@example\.com$/);
    const stored = await server.services.shop.Product.findById(product._id).lean();
    expect(stored?.price).toEqual({ cents: 19999, currency: 'EUR' });
    expect(stored?.marked_price).toEqual({ cents: 24950, currency: 'EUR' });
    expect(stored).not.toHaveProperty('colors');
    expect(await catalogVersion()).not.toBe(before);
  });

  it.each([
    ['an unknown category', { category: '5c46f5b0e7d0a3a1b4c2d001' }, /category .* does not exist/],
    ['an unknown tariff', { tariff: '5c46f5b0e7d0a3a1b4c2d001' }, /tariff .* does not exist/],
    ['an unknown store', { store: 'NOWHERE' }, /store "NOWHERE" is not a known store/],
    [
      'an image on a foreign host',
      { thumbnailUrls: ['https://s3.amazonaws.com/x.png'] },
      /images must be hosted/,
    ],
    ['a negative stock', { stock: -1 }, /stock must not be negative/],
    ['three decimals', { price: { amount: 1.999, currency: 'EUR' } }, /two decimal places/],
    [
      'one colour option',
      {
        customizationOptions: {
          customizations: [
            { type: 'Colors', name: 'C', key: 'c', values: [{ name: 'Red', hexValue: '#ff0000' }] },
          ],
        },
      },
      /Minimum of two options/,
    ],
    ['unpaired images', { detailedImageUrls: [] }, /same number of images/],
  ])('when the product has %s, then 400 says what is wrong', async (_label, override, message) => {
    const res = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(productBody(fixture, override as never));
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(message);
  });

  it('when a product is updated, then stock can be cleared and the audit shows the change', async () => {
    const added = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(productBody(fixture, { stock: 2, name: 'Before' }));
    const id = added.body.responseData._id as string;
    const res = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', cookie)
      .send({
        ...productBody(fixture, { name: 'After', stock: null, active: false }),
        _id: id,
        __v: 0,
        auditLog: { forged: true },
      });
    expect(res.status).toBe(200);
    const detail = productDetailSchema.parse(res.body.responseData);
    expect(detail).toMatchObject({
      name: 'After',
      active: false,
      category: { _id: fixture.categoryId },
    });
    expect(detail.stock).toBeUndefined();
    const audit = await server.services.auditEntries
      .findOne({ entityId: id, action: 'updateProduct' })
      .lean();
    expect(audit?.before).toMatchObject({ name: 'Before', stock: 2, active: true });
    expect(audit?.after).toMatchObject({ name: 'After', stock: null, active: false });
    expect(audit?.after).not.toHaveProperty('brand');
  });

  it('when products are added and renamed, then each gets a unique slug and a rename a new one, the old still naming it', async () => {
    const add = (name: string) =>
      server.http
        .post('/catalog/addProduct')
        .set('Cookie', cookie)
        .send(productBody(fixture, { name }));
    const first = (await add('Anel Ondina')).body.responseData._id as string;
    const second = (await add('Anel Ondina')).body.responseData._id as string;
    const slugOf = async (id: string) =>
      (await server.services.shop.Product.findById(id).lean())?.slug;
    expect([await slugOf(first), await slugOf(second)]).toEqual(['anel-ondina', 'anel-ondina-2']);

    const renamed = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', cookie)
      .send({ ...productBody(fixture, { name: 'Anel Ondina Rosa' }), _id: first });
    expect(renamed.status).toBe(200);
    expect(await slugOf(first)).toBe('anel-ondina-rosa');
    const claims = await server.services.shop.SlugClaim.find({ owner: first }).lean();
    expect(claims.map((c) => c.slug).sort()).toEqual(['anel-ondina', 'anel-ondina-rosa']);
  });

  it('when a product image is replaced, then the old file stays for the orders that show it', async () => {
    const key = newImageKey();
    const file = fileOfKey(server.storageDir, key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, PNG);
    const added = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(productBody(fixture, { thumbnailUrls: [`${server.url}/images/${key}`] }));
    expect(added.status).toBe(200);
    const id = added.body.responseData._id as string;
    const updated = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', cookie)
      .send({ ...productBody(fixture), _id: id });
    expect(updated.status).toBe(200);
    expect(updated.body.responseData.thumbnailUrls).toEqual(['https://images.example.com/a.png']);
    // An order placed before the change still shows this picture; the sweeper decides later.
    expect(await exists(file)).toBe(true);
    await server.http.get(`/images/${key}`).expect(200);
  });

  it('when the product to update does not exist, then 404', async () => {
    const res = await server.http
      .put('/catalog/updateProduct')
      .set('Cookie', cookie)
      .send({ ...productBody(fixture), _id: '5c46f5b0e7d0a3a1b4c2d001' });
    expect(res.status).toBe(404);
  });
});

describe('search, details and soft delete', () => {
  it('when searching, then inactive products are included and the term matches name, brand or SKU', async () => {
    await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(productBody(fixture, { name: 'Hidden Diamond', active: false }));
    const res = await server.http
      .post('/catalog/search')
      .set('Cookie', cookie)
      .send({ pagingOptions: { page: 1, limit: 10 }, searchTerm: 'diamond', sortRule: '-active' });
    const page = paginated(adminProductSummarySchema).parse(res.body.responseData);
    expect(page.docs.map((d) => d.name)).toEqual(['Hidden Diamond']);
    expect(page.docs[0]).toMatchObject({
      active: false,
      category: { category: 'Rings', subcategory: 'Gold' },
    });
  });

  it('when the sort rule names an unknown field or paging is missing, then 400 says why', async () => {
    const bad = await server.http
      .post('/catalog/search')
      .set('Cookie', cookie)
      .send({ pagingOptions: { page: 1, limit: 10 }, sortRule: 'password' });
    expect(bad.status).toBe(400);
    expect(bad.body.errorDetails).toMatch(/unknown sort field "password"/);
    const none = await server.http.post('/catalog/search').set('Cookie', cookie).send({});
    expect(none.status).toBe(400);
  });

  it('when a product is deleted, then it leaves search and featured sections but orders keep it', async () => {
    const added = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send(productBody(fixture, { name: 'Doomed Ring' }));
    const id = added.body.responseData._id as string;
    const featuredAdmin = await server.createAdmin(['FEATURED_MANAGE']);
    const featuredCookie = await server.sessionFor(featuredAdmin.id);
    await server.http
      .post('/ui/featured')
      .set('Cookie', featuredCookie)
      .send({
        name: 'homepage',
        content: [{ products: [id], config: { design_type: 'Stripe', name: 'D1' } }],
      })
      .expect(200);
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId: id, name: 'Doomed Ring' }],
    });

    const del = await server.http
      .delete('/catalog/deleteProduct')
      .set('Cookie', cookie)
      .send({ productId: id });
    expect(del.body).toEqual({
      httpStatus: 200,
      status: 'successful',
      responseData: { deletedCount: 1 },
    });

    expect(
      (
        await server.http
          .get('/catalog/getProductDetails')
          .query({ productId: id })
          .set('Cookie', cookie)
      ).status,
    ).toBe(404);
    const search = await server.http
      .post('/catalog/search')
      .set('Cookie', cookie)
      .send({ pagingOptions: { page: 1, limit: 10 }, searchTerm: 'Doomed' });
    expect(search.body.responseData.docs).toEqual([]);
    const section = await server.services.shop.FeaturedSection.findOne({ name: 'homepage' }).lean();
    expect(section?.content[0]?.products).toEqual([]);
    const order = await server.services.shop.Order.findById(orderId).lean();
    expect(order?.cart.items[0]?.product.name).toBe('Doomed Ring');

    const again = await server.http
      .delete('/catalog/deleteProduct')
      .set('Cookie', cookie)
      .send({ productId: id });
    expect(again.status).toBe(404);
  });

  it('when the product id is malformed, then 400 names the field', async () => {
    const res = await server.http
      .get('/catalog/getProductDetails')
      .query({ productId: 'nope' })
      .set('Cookie', cookie);
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(/productId: must be a 24-character hexadecimal id/);
  });
});
