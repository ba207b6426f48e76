import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packTar, unpackTar } from './tar-archive.js';

const hasTar = (() => {
  try {
    execFileSync('tar', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasTar)('the tar archives backups are made of', () => {
  let folder: string;
  const longName = `dump/${'a'.repeat(60)}/${'b'.repeat(80)}.bson`;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'aneis-tar-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('when an archive is written, then the system tar extracts every file as it was', async () => {
    const entries = [
      { name: 'README.txt', content: Buffer.from('read me\n') },
      { name: 'dump/shop/orders.bson', content: Buffer.alloc(1_300, 7) },
      { name: longName, content: Buffer.from('x') },
    ];
    await writeFile(join(folder, 'a.tar'), packTar(entries));
    execFileSync('tar', ['xf', 'a.tar'], { cwd: folder });
    for (const entry of entries) {
      expect(await readFile(join(folder, entry.name))).toEqual(entry.content);
    }
  });

  it('when the system tar packed a folder (long names included), then every file is read back', async () => {
    await mkdir(join(folder, 'dump', 'a'.repeat(60)), { recursive: true });
    await writeFile(join(folder, longName), 'long');
    await mkdir(join(folder, 'dump', 'shop'), { recursive: true });
    await writeFile(join(folder, 'dump/shop/orders.bson'), 'orders');
    execFileSync('tar', ['cf', 'b.tar', 'dump'], { cwd: folder });
    const read = unpackTar(await readFile(join(folder, 'b.tar')));
    expect(Object.fromEntries(read.map((e) => [e.name, e.content.toString()]))).toEqual({
      [longName]: 'long',
      'dump/shop/orders.bson': 'orders',
    });
  });

  it('when the archive is damaged, then reading it says so', () => {
    const archive = packTar([{ name: 'a.txt', content: Buffer.from('a') }]);
    archive[10] = 0x41;
    expect(() => unpackTar(archive)).toThrow(/damaged one \(bad header at byte 0\)/);
  });
});
