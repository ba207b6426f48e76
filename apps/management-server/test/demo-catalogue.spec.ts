import { readdir } from 'node:fs/promises';
import sharp from 'sharp';
import { presignedUrlsResponseSchema } from '@aneis/contracts';
import { present } from '@aneis/testing';
import { DEMO_PRODUCTS } from '../src/seed/demo-products.js';
import { defaultRenderCache } from '../src/seed/illustration/render-cache.js';
import {
  describeDemoCatalogue,
  seedDemoCatalogue,
  type DemoCatalogueDeps,
} from '../src/seed/seed-demo-catalogue.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let deps: DemoCatalogueDeps;

beforeAll(async () => {
  const images = server.services.localImages;
  if (!images) throw new Error('the test server stores images locally');
  // The checkout's render cache, as the seed command uses: only the first run draws.
  deps = { ...server.services, images, renderCache: defaultRenderCache() };
});

async function filesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

async function counts() {
  const { shop } = server.services;
  return {
    products: await shop.Product.countDocuments(),
    categories: await shop.Category.countDocuments(),
    tariffs: await shop.Tariff.countDocuments(),
    shippingMethods: await shop.ShippingMethod.countDocuments(),
    featuredSections: await shop.FeaturedSection.countDocuments(),
    auditEntries: await server.services.auditEntries.countDocuments(),
    imageFiles: await filesUnder(server.storageDir),
  };
}

describe('demo catalogue', () => {
  it('when it is seeded twice, then at least 24 active rings exist once each, filed under existing categories and tariffs, one sold out, with a home page of existing rings', async () => {
    const progress: string[] = [];
    const first = await seedDemoCatalogue(deps, (line) => progress.push(line));
    const total = DEMO_PRODUCTS.length;
    expect(first.products).toEqual({ total, created: total, existing: 0 });
    expect(first.homepage).toBe('created');
    expect(progress).toContain(`demo catalogue: 5/${total} products…`);
    expect(progress.at(-1)).toBe(`demo catalogue: ${total}/${total} products…`);
    expect(describeDemoCatalogue(first)).toMatch(
      new RegExp(
        `^demo catalogue: done, ${total} products \\(${total} created, 0 already there\\)`,
      ),
    );
    const afterFirst = await counts();

    const second = await seedDemoCatalogue(deps);
    expect(second.products).toEqual({ total, created: 0, existing: total });
    expect(second).toMatchObject({
      categoriesCreated: 0,
      tariffsCreated: 0,
      imagesWritten: 0,
      homepage: 'existing',
    });
    expect(await counts()).toEqual(afterFirst);

    const { shop } = server.services;
    const products = await shop.Product.find().lean();
    expect(products.filter((p) => p.active && !p.deleted).length).toBeGreaterThanOrEqual(24);
    expect(new Set(products.map((p) => p.store_sku)).size).toBe(products.length);
    for (const product of products) {
      expect(await shop.Category.exists({ _id: product.category }), product.name).toBeTruthy();
      expect(await shop.Tariff.exists({ _id: product.tariff }), product.name).toBeTruthy();
      expect(await shop.Store.exists({ name: product.store }), product.name).toBeTruthy();
      expect(product.thumbnailUrls.length).toBe(product.detailedImageUrls.length);
      expect(product.price.currency).toBe('EUR');
      expect(Number.isInteger(product.price.cents)).toBe(true);
      expect(product.customizationOptions?.customizations[0]?.key).toBe('tamanho');
      // Filed for the storefront's metal and size filters.
      expect(product.facets?.metals.length, product.name).toBeGreaterThan(0);
      expect(product.facets?.sizes, product.name).toContain('58');
    }
    const inSize = (size: string) =>
      products.filter((p) => p.facets?.sizes.includes(size)).map((p) => p.store_sku);
    expect(inSize('48').length).toBeGreaterThan(0);
    expect(inSize('70').length).toBeGreaterThan(0);
    expect(inSize('70').every((sku) => sku.startsWith('SDA-HOM-'))).toBe(true);
    for (const metal of ['ouro-amarelo', 'ouro-branco', 'ouro-rosa', 'platina', 'prata']) {
      expect(
        products.some((p) => p.facets?.metals.includes(metal)),
        metal,
      ).toBe(true);
    }
    // A ring shop of its own: no resold marketplace or brand shops among the offered stores.
    const offered = (await shop.Store.find({ active: { $ne: false } }).lean()).map((s) => s.name);
    expect(offered).toContain('A SENHORA DOS ANÉIS');
    for (const resold of ['AMAZON', 'PANDORA', 'SWAROVSKI']) expect(offered).not.toContain(resold);
    expect(new Set(products.map((p) => String(p.category))).size).toBeGreaterThanOrEqual(10);
    expect(products.filter((p) => p.stock === 0).map((p) => p.name)).toEqual(['Halo Lua Cheia']);
    expect(products.some((p) => p.stock === undefined)).toBe(true);
    // Rings made in several metals are sold per size × metal, and platinum costs more than gold.
    const aurora = products.find((p) => p.name === 'Solitário Aurora');
    const metal = aurora?.customizationOptions?.customizations.find((c) => c.key === 'metal');
    const delta = (value: string) =>
      metal?.valueDetails?.find((detail) => detail.value === value)?.priceDelta ?? 0;
    expect(delta('Platina 950')).toBeGreaterThan(delta('Ouro amarelo 18k'));
    expect(metal?.valueDetails?.find((d) => d.value === 'Platina 950')?.labels?.en).toBe(
      'Platinum 950',
    );
    expect(aurora?.variants).toHaveLength(15 * 3);
    expect(aurora?.stock).toBe(aurora?.variants?.reduce((sum, v) => sum + (v.stock ?? 0), 0));
    expect(aurora?.variants?.some((v) => v.stock === 0)).toBe(true);
    expect(await shop.ShippingMethod.countDocuments({ active: true })).toBeGreaterThan(0);

    const homepage = await shop.FeaturedSection.findOne({ name: 'homepage' }).lean();
    const featuredIds = homepage?.content.flatMap((entry) => entry.products) ?? [];
    expect(featuredIds.length).toBeGreaterThanOrEqual(5);
    expect(
      await shop.Product.countDocuments({
        _id: { $in: featuredIds },
        active: true,
        deleted: { $ne: true },
      }),
    ).toBe(featuredIds.length);
    // A fresh checkout (CI) draws all 155 pictures in this first seed; later seeds reuse them.
  }, 180_000);

  it('when a manager changed or deleted seeded rings, then seeding again leaves their work alone', async () => {
    const { shop } = server.services;
    await shop.Product.updateOne(
      { store_sku: 'SDA-ALI-CLA-01' },
      { $set: { name: 'Aliança da Casa', 'price.cents': 45_000 } },
    );
    await shop.Product.updateOne(
      { store_sku: 'SDA-DIA-MIN-03' },
      { $set: { deleted: true, active: false } },
    );
    const before = await counts();

    const report = await seedDemoCatalogue(deps);

    expect(report.products.created).toBe(0);
    expect(await counts()).toEqual(before);
    const edited = await shop.Product.findOne({ store_sku: 'SDA-ALI-CLA-01' }).lean();
    expect(edited).toMatchObject({ name: 'Aliança da Casa', price: { cents: 45_000 } });
    const deleted = await shop.Product.findOne({ store_sku: 'SDA-DIA-MIN-03' }).lean();
    expect(deleted).toMatchObject({ deleted: true, active: false });
  });

  it('when a seeded ring’s pictures are fetched over HTTP, then they are WebP in the sizes the storefront offers', async () => {
    const ring = await server.services.shop.Product.findOne({ store_sku: 'SDA-NOI-SOL-01' }).lean();
    const sized = [
      ...(ring?.thumbnailUrls ?? []).map((url) => [url, 400] as const),
      ...(ring?.detailedImageUrls ?? []).map((url) => [url, 1200] as const),
      ...(ring?.featuredImageUrls ?? []).map((url) => [url, 1200] as const),
      [`${server.url}/images/permanent-thumbnails/${String(ring?._id)}`, 400] as const,
    ];
    expect(sized).toHaveLength(6);
    for (const [url, width] of sized) {
      expect(url.startsWith(`${server.url}/images/`), url).toBe(true);
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      const picture = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect([picture.format, picture.width, picture.height], url).toEqual(['webp', width, width]);
    }
  });

  it('when Veniqa’s admin re-uploads a seeded ring’s pictures on save, then every upload is accepted', async () => {
    const ring = await server.services.shop.Product.findOne({ store_sku: 'SDA-NOI-SOL-01' }).lean();
    const admin = await server.createAdmin(['CATALOG_MANAGE']);
    const cookie = await server.sessionFor(admin.id);
    const count = ring?.detailedImageUrls.length ?? 0;
    // ManagePhoto: the number of pictures, no featured ones, the product being edited (M14).
    const presigned = await server.http
      .get('/catalog/getPresignedUrlsForCatalogImageUploads')
      .query({
        numberOfThumbnailAndDetailedImages: String(count),
        numberOfFeaturedImages: '0',
        productId: String(ring?._id),
      })
      .set('Cookie', cookie)
      .expect(200);
    const targets = presignedUrlsResponseSchema.parse(presigned.body.responseData);
    for (let index = 0; index < count; index += 1) {
      // It downloads each picture's bytes, then PUTs them as image/png: detailed, then thumbnail.
      const pairs = [
        [ring?.detailedImageUrls[index], targets.detailedImageUrls[index]],
        [ring?.thumbnailUrls[index], targets.thumbnailUrls[index]],
      ] as const;
      for (const [seededUrl, target] of pairs) {
        const bytes = Buffer.from(await (await fetch(seededUrl ?? '')).arrayBuffer());
        const upload = new URL(target?.uploadUrl ?? '');
        await server.http
          .put(`${upload.pathname}${upload.search}`)
          .set('Content-Type', 'image/png')
          .send(bytes)
          .expect(200);
        const stored = await fetch(target?.liveUrl ?? '');
        expect(stored.status).toBe(200);
        expect(Buffer.from(await stored.arrayBuffer()).equals(bytes)).toBe(true);
      }
    }
  });

  it('when an admin uploads an SVG, then it is refused: uploads stay raster-only', async () => {
    const admin = await server.createAdmin(['CATALOG_MANAGE']);
    const cookie = await server.sessionFor(admin.id);
    const presigned = await server.http
      .get('/catalog/getPresignedUrlsForCatalogImageUploads')
      .query({ numberOfThumbnailAndDetailedImages: '1' })
      .set('Cookie', cookie);
    const target = present(
      presignedUrlsResponseSchema.parse(presigned.body.responseData).thumbnailUrls[0],
      'a thumbnail URL',
    );
    const upload = new URL(target.uploadUrl);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

    const res = await server.http
      .put(`${upload.pathname}${upload.search}`)
      .set('Content-Type', 'image/svg+xml')
      .send(Buffer.from(svg));

    expect(res.status).toBe(415);
    expect((await fetch(target.liveUrl)).status).toBe(404);
  });

  it('when the image host is not an allowed one, then seeding stops before writing and says why', async () => {
    const before = await counts();
    await expect(
      seedDemoCatalogue({ ...deps, allowedImageHosts: ['cdn.example.com'] }),
    ).rejects.toThrow(/not on ALLOWED_IMAGE_HOSTS \(cdn\.example\.com\)/);
    expect(await counts()).toEqual(before);
  });
});
