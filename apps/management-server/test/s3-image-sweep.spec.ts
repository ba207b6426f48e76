import { useTestDatabase } from '@aneis/data/testing';
import winston from 'winston';
import { createS3ImageStorage } from '../src/images/s3-image-storage.js';
import { sweepOrphanImages } from '../src/images/sweep-orphan-images.js';
import { startFakeS3Server, type FakeS3Server } from './support/fake-s3-server.js';
import { insertProduct, seedCatalogBasics } from './support/fixtures.js';
import { DAY_MS, HOUR_MS, newImageKey } from './support/image-files.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const db = useTestDatabase();
const BUCKET = 'catalog';
let server: TestServer;
let s3: FakeS3Server;

beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  s3 = await startFakeS3Server(BUCKET, 2);
});
afterEach(async () => {
  await s3.close();
});

function storage() {
  return createS3ImageStorage({
    bucket: BUCKET,
    region: 'eu-west-1',
    endpoint: s3.endpoint,
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  });
}

const ago = (ms: number) => new Date(Date.now() - ms);

describe('S3 image sweep', () => {
  it('when the bucket spans several list pages and holds other objects, then every image key is listed with its time and nothing else', async () => {
    const keys = [newImageKey(), newImageKey(), newImageKey()];
    keys.forEach((key, i) => s3.objects.set(key, ago((i + 1) * HOUR_MS)));
    s3.objects.set('backups/2024-01-01.tar', ago(DAY_MS));
    s3.objects.set('README.txt', ago(DAY_MS));

    const listed = [];
    for await (const image of storage().list()) listed.push(image);

    expect(s3.calls.filter((call) => call === 'list').length).toBe(3);
    expect(listed.map((image) => image.key).sort()).toEqual([...keys].sort());
    for (const image of listed) {
      expect(image.modifiedAt.getTime()).toBe(s3.objects.get(image.key)?.getTime());
    }
  });

  it('when old orphans sit in the bucket, then the sweep deletes them there and keeps referenced, fresh and foreign objects', async () => {
    const images = storage();
    const referenced = newImageKey();
    const oldOrphan = newImageKey();
    const freshOrphan = newImageKey();
    const refusedOrphan = newImageKey();
    await insertProduct(server, await seedCatalogBasics(server), {
      store_sku: 'S3-1',
      thumbnailUrls: [images.liveUrlOf(referenced)],
    });
    for (const key of [referenced, oldOrphan, refusedOrphan]) s3.objects.set(key, ago(2 * DAY_MS));
    s3.objects.set(freshOrphan, ago(HOUR_MS));
    s3.objects.set('backups/2024-01-01.tar', ago(30 * DAY_MS));
    s3.refused.add(refusedOrphan);

    const report = await sweepOrphanImages({
      shop: server.services.shop,
      images,
      logger: winston.createLogger({ silent: true }),
      now: () => new Date(),
    });

    expect(report.removed).toEqual([oldOrphan]);
    expect(report.failed).toEqual([refusedOrphan]);
    expect(s3.calls).toContain('delete');
    expect([...s3.objects.keys()].sort()).toEqual(
      [referenced, freshOrphan, refusedOrphan, 'backups/2024-01-01.tar'].sort(),
    );
  });
});
