import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { productDetailSchema } from '@aneis/contracts';
import { createMongoConnection, registerModels } from '@aneis/data';
import { useTestDatabase } from '@aneis/data/testing';
import { Types } from 'mongoose';
import winston from 'winston';
import {
  permanentThumbnailKeyOf,
  productImageKey,
  randomImageName,
} from '../src/images/image-keys.js';
import { present } from '@aneis/testing';
import type { ImageStorage } from '../src/images/image-storage.js';
import { sweepOrphanImages, type SweepDeps } from '../src/images/sweep-orphan-images.js';
import { insertOrder, insertProduct, productBody, seedCatalogBasics } from './support/fixtures.js';
import type { CatalogFixture } from './support/fixtures.js';
import {
  age,
  capturingLogger,
  createImageFolder,
  DAY_MS,
  exists,
  fileOfKey,
  HOUR_MS,
  newImageKey,
  PNG,
  type ImageFolder,
} from './support/image-files.js';
import { useTestServer } from './support/use-test-server.js';

const emptyDb = useTestDatabase('image-sweeper-empty');
const server = useTestServer();
let fixture: CatalogFixture;
let folder: ImageFolder;
let skuCounter = 0;

const silent = winston.createLogger({ silent: true });
const nextSku = () => `SWEEP-${(skuCounter += 1)}`;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
});
beforeEach(async () => {
  folder = await createImageFolder(`${server.url}/images`);
});
afterEach(async () => {
  await folder.remove();
});

function depsWith(images: SweepDeps['images'], logger: winston.Logger = silent): SweepDeps {
  return { shop: server.services.shop, images, logger, now: () => new Date() };
}

/** Puts `urls` into the snapshot of the order's first line, as if the product had them then. */
async function setSnapshotThumbnails(orderId: string, urls: string[]): Promise<void> {
  const { Order } = server.services.shop;
  const order = await Order.findById(orderId).lean();
  const items = present(order, `order ${orderId}`).cart.items.map((line) => ({
    ...line,
    product: { ...line.product, thumbnailUrls: urls },
  }));
  await Order.updateOne({ _id: orderId }, { $set: { 'cart.items': items } });
}

describe('orphan image sweep', () => {
  it('when old and fresh images meet products, orders and featured sections, then only the old ones nothing shows are removed', async () => {
    const { storage } = folder;
    const live = (key: string) => storage.liveUrlOf(key);
    const onProduct = newImageKey();
    const onOrderOfDeletedProduct = newImageKey();
    const onDeletedProductOnly = newImageKey('detailed-images');
    const inFeaturedConfig = newImageKey('featured-images');
    const underOldBaseUrl = newImageKey();
    const oldOrphan = newImageKey();
    const freshOrphan = newImageKey();

    const productId = await insertProduct(server, fixture, {
      store_sku: nextSku(),
      thumbnailUrls: [live(onProduct)],
    });
    const deletedId = await insertProduct(server, fixture, {
      store_sku: nextSku(),
      deleted: true,
      active: false,
      thumbnailUrls: [live(onOrderOfDeletedProduct)],
      detailedImageUrls: [live(onDeletedProductOnly)],
    });
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId: deletedId }] });
    await setSnapshotThumbnails(orderId, [live(onOrderOfDeletedProduct)]);
    await server.services.shop.FeaturedSection.create({
      name: `sweep-${randomImageName()}`,
      content: [
        {
          products: [],
          config: {
            design_type: 'Stripe',
            name: 'Banner',
            background: `url("${live(inFeaturedConfig)}")`,
          },
        },
      ],
    });
    await insertProduct(server, fixture, {
      store_sku: nextSku(),
      thumbnailUrls: [`https://old-cdn.example.com/images/${underOldBaseUrl}`],
    });
    const keptPermanent = permanentThumbnailKeyOf(productId);
    const orphanPermanent = permanentThumbnailKeyOf(new Types.ObjectId().toHexString());

    const old = [
      onProduct,
      onOrderOfDeletedProduct,
      onDeletedProductOnly,
      inFeaturedConfig,
      underOldBaseUrl,
      oldOrphan,
      keptPermanent,
      orphanPermanent,
    ];
    for (const key of old) await folder.store(key, 2 * DAY_MS);
    await folder.store(freshOrphan, HOUR_MS);

    // Things in the folder that are not images, and a file outside reached through links.
    const note = path.join(folder.dir, 'notes.txt');
    const halfWritten = `${fileOfKey(folder.dir, oldOrphan)}.0123456789ab.tmp`;
    await writeFile(note, 'not an image');
    await writeFile(halfWritten, PNG);
    const outsideKey = productImageKey(randomImageName(), 'thumbnails', randomImageName());
    const outsideFolder = present(outsideKey.split('/')[0], "the key's folder");
    const outsideFile = fileOfKey(folder.outside, outsideKey);
    await mkdir(path.dirname(outsideFile), { recursive: true });
    await writeFile(outsideFile, PNG);
    await symlink(path.join(folder.outside, outsideFolder), path.join(folder.dir, outsideFolder));
    const linkedFileKey = newImageKey();
    await mkdir(path.dirname(fileOfKey(folder.dir, linkedFileKey)), { recursive: true });
    await symlink(outsideFile, fileOfKey(folder.dir, linkedFileKey));
    for (const file of [note, halfWritten, outsideFile]) await age(file, 2 * DAY_MS);

    const expectedRemoved = [onDeletedProductOnly, oldOrphan, orphanPermanent].sort();
    const dryRun = await sweepOrphanImages(depsWith(storage), { dryRun: true });
    expect(dryRun.removed).toEqual(expectedRemoved);
    for (const key of expectedRemoved) expect(await exists(fileOfKey(folder.dir, key))).toBe(true);
    expect(dryRun.leftovers).toHaveLength(1);
    expect(await exists(halfWritten)).toBe(true);

    const { logger, entries } = capturingLogger();
    const report = await sweepOrphanImages(depsWith(storage, logger));

    expect(report).toMatchObject({ stored: old.length + 1, recent: 1, rescued: [], failed: [] });
    expect(report.removed).toEqual(expectedRemoved);
    for (const key of expectedRemoved) expect(await exists(fileOfKey(folder.dir, key))).toBe(false);
    const kept = old.filter((key) => !expectedRemoved.includes(key));
    for (const key of [...kept, freshOrphan]) {
      expect(await exists(fileOfKey(folder.dir, key))).toBe(true);
    }
    for (const file of [note, outsideFile, fileOfKey(folder.dir, linkedFileKey)]) {
      expect(await exists(file)).toBe(true);
    }
    // The interrupted write of two days ago is no image anyone can name: it goes too.
    expect(await exists(halfWritten)).toBe(false);
    expect(report.leftovers).toEqual([
      path.relative(folder.dir, halfWritten).split(path.sep).join('/'),
    ]);
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: 'orphan images removed',
        count: 3,
        keys: expectedRemoved,
      }),
    );
  });

  it('when a key leads through a linked folder out of the image folder, then removing it throws and the outside file stays', async () => {
    const key = newImageKey();
    const keyFolder = present(key.split('/')[0], "the key's folder");
    const outsideFile = fileOfKey(folder.outside, key);
    await mkdir(path.dirname(outsideFile), { recursive: true });
    await writeFile(outsideFile, PNG);
    await mkdir(folder.dir, { recursive: true });
    await symlink(path.join(folder.outside, keyFolder), path.join(folder.dir, keyFolder));

    await expect(folder.storage.remove([key])).rejects.toThrow(/outside the image folder/);
    expect(await exists(outsideFile)).toBe(true);
  });

  it('when a product takes up an old orphan while the sweep is deleting, then that image is kept and the product shows it', async () => {
    const storage = present(server.services.localImages, 'local image storage');
    const admin = await server.createAdmin(['CATALOG_MANAGE']);
    const cookie = await server.sessionFor(admin.id);
    const [first, second] = [newImageKey(), newImageKey()].sort() as [string, string];
    for (const key of [first, second]) {
      await storage.write(key, PNG);
      await age(fileOfKey(server.storageDir, key), 2 * DAY_MS);
    }
    let productId: string | undefined;
    const racing: SweepDeps['images'] = {
      list: () => storage.list(),
      async remove(keys) {
        // The manager saves a product with the second image just as the first is deleted.
        if (productId === undefined) {
          const add = await server.http
            .post('/catalog/addProduct')
            .set('Cookie', cookie)
            .send(
              productBody(fixture, {
                store_sku: nextSku(),
                thumbnailUrls: [storage.liveUrlOf(second)],
                detailedImageUrls: [storage.liveUrlOf(second)],
              }),
            );
          expect(add.status).toBe(200);
          productId = (add.body as { responseData: { _id: string } }).responseData._id;
        }
        await storage.remove(keys);
      },
    };

    const report = await sweepOrphanImages(depsWith(racing));

    expect(report.removed).toEqual([first]);
    expect(report.rescued).toEqual([second]);
    expect(await exists(fileOfKey(server.storageDir, first))).toBe(false);
    const detail = await server.http
      .get('/catalog/getProductDetails')
      .query({ productId })
      .set('Cookie', cookie);
    expect(detail.status).toBe(200);
    const product = productDetailSchema.parse(detail.body.responseData);
    const image = await server.http.get(
      new URL(present(product.thumbnailUrls[0], 'a thumbnail URL')).pathname,
    );
    expect(image.status).toBe(200);
    expect(Buffer.from(image.body as Buffer)).toEqual(PNG);
  });

  it('when the grace period is two hours, then a three hours old orphan goes and a one hour old one stays', async () => {
    const older = newImageKey();
    const younger = newImageKey();
    await folder.store(older, 3 * HOUR_MS);
    await folder.store(younger, HOUR_MS);

    const report = await sweepOrphanImages(depsWith(folder.storage), { graceMs: 2 * HOUR_MS });

    expect(report.removed).toEqual([older]);
    expect(await exists(fileOfKey(folder.dir, younger))).toBe(true);
  });

  it('when the grace period is shorter than an upload URL lives, then the sweep refuses to run', async () => {
    const orphan = newImageKey();
    await folder.store(orphan, 2 * DAY_MS);

    await expect(sweepOrphanImages(depsWith(folder.storage), { graceMs: 60_000 })).rejects.toThrow(
      RangeError,
    );
    expect(await exists(fileOfKey(folder.dir, orphan))).toBe(true);
  });

  it('when the database holds no product at all, then nothing is deleted', async () => {
    const mongo = createMongoConnection({ uri: emptyDb.uri, embedded: emptyDb.embedded });
    await mongo.connect();
    try {
      const orphan = newImageKey();
      await folder.store(orphan, 2 * DAY_MS);
      const report = await sweepOrphanImages({
        shop: registerModels(mongo.connection),
        images: folder.storage,
        logger: silent,
        now: () => new Date(),
      });
      expect(report.skipped).toBe('no-products');
      expect(report.removed).toEqual([]);
      expect(await exists(fileOfKey(folder.dir, orphan))).toBe(true);
    } finally {
      await mongo.close();
    }
  });

  it('when one deletion fails, then it is reported and the other orphans still go', async () => {
    const [refused, accepted] = [newImageKey(), newImageKey()].sort() as [string, string];
    for (const key of [refused, accepted]) await folder.store(key, 2 * DAY_MS);
    const flaky: Pick<ImageStorage, 'list' | 'remove'> = {
      list: () => folder.storage.list(),
      async remove(keys) {
        if (keys.includes(refused)) throw new Error('EACCES');
        await folder.storage.remove(keys);
      },
    };

    const report = await sweepOrphanImages(depsWith(flaky));

    expect(report.failed).toEqual([refused]);
    expect(report.removed).toEqual([accepted]);
    expect(await exists(fileOfKey(folder.dir, refused))).toBe(true);
  });
});
