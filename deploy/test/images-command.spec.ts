import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommandRunner } from '../src/cli/command-runner.js';
import { runImages } from '../src/cli/run-images.js';
import { imageCatalogue } from '../src/images/image-catalogue.js';
import { withImageDigests } from '../src/settings/image-digests.js';
import { defaultSettings } from '../src/settings/settings.js';
import { buildRelease } from '../src/manifests/release.js';
import { plainRelease, podTemplates } from './support/release-objects.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const fakeDocker = join(import.meta.dirname, 'fixtures', 'fake-docker.mjs');
let dir: string;
const log = () => join(dir, 'docker.jsonl');
const calls = () =>
  existsSync(log())
    ? readFileSync(log(), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[])
    : [];
const images = (only: string[] = [], binary = fakeDocker) =>
  runImages({
    settings: { ...defaultSettings, registry: 'registry.example:5000/aneis', tag: '1.2.3' },
    docker: createCommandRunner(binary, 'docker', 'DOCKER'),
    repoRoot,
    workDir: join(dir, 'contexts'),
    only,
    push: true,
    digestsFile: digests(),
    print: () => undefined,
  });
const digests = () => join(dir, 'out', 'image-digests.json');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aneis-images-'));
  process.env['FAKE_DOCKER_LOG'] = log();
  delete process.env['FAKE_DOCKER_MODE'];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('deploy:images', () => {
  it('when docker works, then every image is built from its Dockerfile and pushed', async () => {
    const built = await images();
    expect(built).toEqual(
      imageCatalogue().map((i) => `registry.example:5000/aneis/${i.name}:1.2.3`),
    );
    expect(built).toHaveLength(8);
    const builds = calls().filter((c) => c[0] === 'build');
    const pushes = calls()
      .filter((c) => c[0] === 'push')
      .map((c) => c[1]);
    expect(pushes).toEqual(built);
    const redis = builds.find((c) => c.includes('registry.example:5000/aneis/redis:1.2.3')) ?? [];
    const context = redis[redis.indexOf('--build-context') + 1]?.replace(/^config=/, '') ?? '';
    expect(readFileSync(join(context, 'sentinel-start.sh'), 'utf8')).toContain('sentinel monitor');
    const server =
      builds.find((c) => c.includes('registry.example:5000/aneis/shopping-server:1.2.3')) ?? [];
    expect(server.at(-1)).toBe(repoRoot);
  });

  it('when images are pushed, then their digests are recorded and the release names them by digest', async () => {
    const built = await images(['redis', 'shopping-server']);
    const record = JSON.parse(readFileSync(digests(), 'utf8')) as Record<string, string>;
    expect(Object.keys(record)).toEqual(built);
    for (const digest of Object.values(record)) expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const settings = await withImageDigests(
      { ...defaultSettings, registry: 'registry.example:5000/aneis', tag: '1.2.3' },
      digests(),
    );
    const images_ = podTemplates(plainRelease(settings)).flatMap((p) =>
      [...p.spec.containers, ...(p.spec.initContainers ?? [])].map((c) => String(c.image)),
    );
    const redisRef = `registry.example:5000/aneis/redis:1.2.3@${record['registry.example:5000/aneis/redis:1.2.3']}`;
    expect(images_).toContain(redisRef);
    // not built here: still by tag
    expect(images_).toContain('registry.example:5000/aneis/website:1.2.3');
    // another tag does not pick these digests up
    const other = await withImageDigests(
      { ...settings, tag: '1.2.4', imageDigests: {} },
      digests(),
    );
    expect(other.imageDigests).toEqual({});
    expect(buildRelease(other).length).toBeGreaterThan(0);
  });

  it('when only some images are asked for, then only those are built', async () => {
    expect(await images(['website', 'redis'])).toEqual([
      'registry.example:5000/aneis/website:1.2.3',
      'registry.example:5000/aneis/redis:1.2.3',
    ]);
    await expect(images(['nope'])).rejects.toThrow(/^Unknown image nope: choose from website, /);
  });

  it('when the docker engine is not running, then one sentence says so and nothing is built', async () => {
    process.env['FAKE_DOCKER_MODE'] = 'no-engine';
    await expect(images()).rejects.toThrow(
      'Docker is installed but its engine cannot be reached (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?); start Docker or set DOCKER_HOST.',
    );
    expect(calls().map((c) => c[0])).toEqual(['version']);
  });

  it('when docker is not installed, then one sentence says so', async () => {
    await expect(images([], '/nonexistent/docker')).rejects.toThrow(
      'docker was not found (looked for "/nonexistent/docker"): install it or set DOCKER to its path.',
    );
  });
});

describe('Dockerfiles', () => {
  it.each(imageCatalogue().map((i) => [i.name, i.dockerfile]))(
    'when %s is built, then its bases are pinned and it runs as a non-root user',
    (name, dockerfile) => {
      const text = readFileSync(join(repoRoot, dockerfile), 'utf8');
      const bases = [...text.matchAll(/^ARG \w+_IMAGE=(\S+)$/gm)].map((m) => m[1] ?? '');
      expect(bases.length, name).toBeGreaterThan(0);
      for (const base of bases) expect(base, name).toMatch(/:\d+(\.\d+)+(-[\w.-]+)?$/);
      const users = [...text.matchAll(/^USER (\S+)$/gm)].map((m) => m[1]);
      expect(users.at(-1), name).toMatch(/^[1-9]\d*:[1-9]\d*$/);
      if (!text.includes('--from=config')) {
        expect(text.match(/^FROM /gm)?.length, `${name} is multi-stage`).toBeGreaterThanOrEqual(2);
        expect(text).toContain(
          '--omit=dev'.length > 0 && name.endsWith('webclient') ? 'nginx' : '--omit=dev',
        );
      }
    },
  );
});
