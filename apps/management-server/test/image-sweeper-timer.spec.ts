import { useTestDatabase } from '@aneis/data/testing';
import winston from 'winston';
import type { StoredImage } from '../src/images/image-storage.js';
import { startImageSweeper } from '../src/images/image-sweeper.js';
import type { SweepDeps, SweepReport } from '../src/images/sweep-orphan-images.js';
import { insertProduct, seedCatalogBasics } from './support/fixtures.js';
import {
  capturingLogger,
  createImageFolder,
  DAY_MS,
  exists,
  fileOfKey,
  newImageKey,
} from './support/image-files.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const db = useTestDatabase();
const silent = winston.createLogger({ silent: true });

/** A storage that lists nothing (no database is read then); counts how often it was listed. */
function emptyStorage(onList: () => Promise<void> = async () => undefined) {
  const storage = {
    lists: 0,
    list: (): AsyncIterable<StoredImage> => ({
      [Symbol.asyncIterator]: () => ({
        async next(): Promise<IteratorResult<StoredImage>> {
          storage.lists += 1;
          await onList();
          return { done: true, value: undefined };
        },
      }),
    }),
    remove: async () => undefined,
  };
  return storage;
}

const unusedShop = {} as SweepDeps['shop'];

describe('image sweeper in the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
  });

  it('when its first sweep comes due, then it removes an old orphan, and its timer never keeps the process alive', async () => {
    const folder = await createImageFolder(`${server.url}/images`);
    try {
      // The sweep skips a database without products.
      await insertProduct(server, await seedCatalogBasics(server), { store_sku: 'TIMER-1' });
      const orphan = newImageKey();
      await folder.store(orphan, 2 * DAY_MS);
      const timers = () =>
        process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;
      let swept: (report: SweepReport) => void = () => undefined;
      const firstSweep = new Promise<SweepReport>((resolve) => (swept = resolve));

      const before = timers();
      const sweeper = startImageSweeper(
        { ...server.services, images: folder.storage },
        { firstRunInMs: 50, onSweep: (report) => swept(report) },
      );
      const after = timers();
      const report = await firstSweep;
      await sweeper.stop();

      expect(after).toBe(before);
      expect(report.removed).toEqual([orphan]);
      expect(await exists(fileOfKey(folder.dir, orphan))).toBe(false);
    } finally {
      await folder.remove();
    }
  });
});

describe('image sweeper schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when a sweep ends, then the next is planned one interval later, and after stop none is', async () => {
    const storage = emptyStorage();
    const sweeper = startImageSweeper(
      { shop: unusedShop, images: storage, logger: silent, now: () => new Date() },
      { firstRunInMs: 10, intervalMs: 1_000 },
    );

    await vi.advanceTimersByTimeAsync(10);
    expect(storage.lists).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(storage.lists).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.lists).toBe(2);

    await sweeper.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(storage.lists).toBe(2);
  });

  it('when stop is called during a sweep, then it resolves only once that sweep is over', async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const storage = emptyStorage(() => blocked);
    const sweeper = startImageSweeper(
      { shop: unusedShop, images: storage, logger: silent, now: () => new Date() },
      { firstRunInMs: 0, intervalMs: 1_000 },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.lists).toBe(1);

    let stopped = false;
    const stopping = sweeper.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(stopped).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when a sweep fails, then the failure is logged and the next sweep still comes', async () => {
    const { logger, entries } = capturingLogger();
    const storage = emptyStorage(() => Promise.reject(new Error('bucket unreachable')));
    const sweeper = startImageSweeper(
      { shop: unusedShop, images: storage, logger, now: () => new Date() },
      { firstRunInMs: 0, intervalMs: 1_000 },
    );

    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await sweeper.stop();

    expect(storage.lists).toBe(2);
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'image sweep failed',
        error: 'bucket unreachable',
      }),
    );
  });
});
