import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMongodBinary } from './find-mongod-binary.js';

describe('findMongodBinary', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'aneis-mongod-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function fakeExecutable(name: string): Promise<string> {
    const file = join(folder, name);
    await writeFile(file, '#!/bin/sh\nexit 0\n');
    await chmod(file, 0o755);
    return file;
  }

  it('when MONGOMS_SYSTEM_BINARY names an executable, then it is used first', async () => {
    const binary = await fakeExecutable('my-mongod');

    const found = await findMongodBinary({
      env: { MONGOMS_SYSTEM_BINARY: binary, PATH: '' },
      downloadCheckTimeoutMs: 2_000,
    });

    expect(found).toMatchObject({
      available: true,
      source: 'MONGOMS_SYSTEM_BINARY',
      systemBinary: binary,
    });
  });

  it('when a mongod is on PATH, then it is used', async () => {
    const binary = await fakeExecutable('mongod');

    const found = await findMongodBinary({
      env: { PATH: ['/nonexistent', folder].join(':') },
      downloadCheckTimeoutMs: 2_000,
    });

    expect(found).toMatchObject({ available: true, source: 'PATH', systemBinary: binary });
  });

  it('when MONGOMS_SYSTEM_BINARY is wrong, then the reason is kept and the search goes on', async () => {
    const binary = await fakeExecutable('mongod');

    const found = await findMongodBinary({
      env: { MONGOMS_SYSTEM_BINARY: join(folder, 'missing'), PATH: folder },
      downloadCheckTimeoutMs: 2_000,
    });

    expect(found).toMatchObject({ available: true, source: 'PATH', systemBinary: binary });
    expect(found.notes[0]).toContain('is not an executable file');
  });

  it('when the download host does not resolve, then download is not offered and the reason is given', async () => {
    const found = await findMongodBinary({
      // ".invalid" never resolves (RFC 6761), here and on any machine.
      env: { PATH: '', MONGOMS_DOWNLOAD_MIRROR: 'https://mongod-mirror.invalid' },
      downloadCheckTimeoutMs: 2_000,
    });

    // A developer machine may have a cached binary; then the cache wins, which is right too.
    if (found.available) {
      expect(found.source).toBe('cache');
      return;
    }
    expect(found.notes).toContain('no mongod on PATH');
    expect(found.notes.at(-1)).toMatch(/^download host mongod-mirror\.invalid unreachable \(/);
  });
});
