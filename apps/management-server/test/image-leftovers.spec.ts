import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  age,
  createImageFolder,
  DAY_MS,
  exists,
  fileOfKey,
  HOUR_MS,
  newImageKey,
  PNG,
  type ImageFolder,
} from './support/image-files.js';

/*
 * What interrupted writes and deleted images leave in a local image folder, and how the
 * storage cleans it up. No database: leftovers are never referenced by anything.
 */
let folder: ImageFolder;
beforeEach(async () => {
  folder = await createImageFolder('http://management.test/images');
});
afterEach(async () => {
  await folder.remove();
});

const cutoff = () => new Date(Date.now() - DAY_MS);
const relative = (file: string) => path.relative(folder.dir, file).split(path.sep).join('/');

async function halfWrittenBeside(key: string, ageMs: number): Promise<string> {
  const file = `${fileOfKey(folder.dir, key)}.a1b2c3d4e5f6.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, PNG.subarray(0, 10));
  await age(file, ageMs);
  return file;
}

describe('local image leftovers', () => {
  it('when a write was interrupted days ago, then its .tmp goes, and a write in progress stays', async () => {
    const oldTmp = await halfWrittenBeside(newImageKey(), 2 * DAY_MS);
    const freshTmp = await halfWrittenBeside(newImageKey(), HOUR_MS);
    const gone = await folder.storage.removeLeftovers?.(cutoff(), false);
    expect(gone).toEqual([relative(oldTmp)]);
    expect(await exists(oldTmp)).toBe(false);
    expect(await exists(freshTmp)).toBe(true);
  });

  it('when a dry run is asked, then leftovers are named and kept', async () => {
    const oldTmp = await halfWrittenBeside(newImageKey(), 2 * DAY_MS);
    expect(await folder.storage.removeLeftovers?.(cutoff(), true)).toEqual([relative(oldTmp)]);
    expect(await exists(oldTmp)).toBe(true);
  });

  it('when a product folder has been empty for longer than the grace, then it goes; a fresh or busy one stays', async () => {
    const emptied = newImageKey();
    const [emptiedFolder, kind] = emptied.split('/') as [string, string];
    await mkdir(path.join(folder.dir, emptiedFolder, kind), { recursive: true });
    await age(path.join(folder.dir, emptiedFolder, kind), 2 * DAY_MS);
    await age(path.join(folder.dir, emptiedFolder), 2 * DAY_MS);
    const fresh = newImageKey().split('/')[0] as string;
    await mkdir(path.join(folder.dir, fresh, 'thumbnails'), { recursive: true });
    const busy = newImageKey();
    await folder.store(busy, 2 * DAY_MS);
    await age(path.dirname(fileOfKey(folder.dir, busy)), 2 * DAY_MS);

    const gone = await folder.storage.removeLeftovers?.(cutoff(), false);

    expect(gone).toEqual([`${emptiedFolder}/${kind}/`, `${emptiedFolder}/`]);
    expect((await readdir(folder.dir)).sort()).toEqual(
      [fresh, busy.split('/')[0] as string].sort(),
    );
    expect(await exists(fileOfKey(folder.dir, busy))).toBe(true);
  });

  it('when a file that is not a leftover sits in the folder, then it is never touched', async () => {
    const stranger = path.join(folder.dir, 'notes.tmp');
    const lookalike = `${fileOfKey(folder.dir, newImageKey())}.not-hex-at-all.tmp`;
    await mkdir(path.dirname(lookalike), { recursive: true });
    for (const file of [stranger, lookalike]) {
      await writeFile(file, 'x');
      await age(file, 3 * DAY_MS);
    }
    expect(await folder.storage.removeLeftovers?.(cutoff(), false)).toEqual([]);
    expect(await exists(stranger)).toBe(true);
    expect(await exists(lookalike)).toBe(true);
  });

  it('when a write fails half way, then no .tmp file is left behind', async () => {
    const key = newImageKey();
    // A folder where the image should go makes the final rename fail.
    await mkdir(path.join(fileOfKey(folder.dir, key), 'in-the-way'), { recursive: true });
    await expect(folder.storage.write(key, PNG)).rejects.toThrow();
    const siblings = await readdir(path.dirname(fileOfKey(folder.dir, key)));
    expect(siblings.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
