import { defaultSettings } from '../src/settings/settings.js';
import { runSecrets } from '../src/cli/run-secrets.js';
import { runFreshStart } from '../src/cli/run-fresh-start.js';
import { fakeCluster, type FakeCluster } from './support/fake-kubectl.js';

let cluster: FakeCluster;
let printed: string[];
const print = (line: string) => printed.push(line);
const secrets = (given: Record<string, string> = {}) =>
  runSecrets({ settings: defaultSettings, kubectl: cluster.kubectl, given, dryRun: false, print });
const decoded = (name: string, key: string) =>
  Buffer.from(cluster.state()[`Secret/${name}`]?.data?.[key] ?? '', 'base64').toString('utf8');

beforeEach(() => {
  printed = [];
  cluster = fakeCluster();
});
afterEach(() => cluster.cleanup());

describe('deploy:secrets', () => {
  it('when nothing is given, then strong values are generated, sent on stdin and never printed', async () => {
    await secrets();
    const password = decoded('mongodb-credentials', 'root-password');
    expect(password).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(decoded('mongodb-credentials', 'keyfile').length).toBeGreaterThan(900);
    expect(decoded('redis-credentials', 'config-command')).toMatch(/^CONFIG_[0-9a-f]{32}$/);
    expect(decoded('mongodb-credentials', 'app-username')).toBe('aneis');
    const output = printed.join('\n');
    expect(output).toContain('root-password (generated)');
    expect(output).not.toContain(password);
    for (const call of cluster.calls()) expect(JSON.stringify(call.args)).not.toContain(password);
  });

  it('when run again, then existing values are kept and given ones replace them', async () => {
    await secrets();
    const first = decoded('redis-credentials', 'password');
    const given = 'x'.repeat(40);
    await secrets({ MONGODB_APP_PASSWORD: given });
    expect(decoded('redis-credentials', 'password')).toBe(first);
    expect(decoded('mongodb-credentials', 'app-password')).toBe(given);
    expect(printed.join('\n')).toContain('app-password (given)');
  });

  it('when a given value would break a URI or is too short, then it is refused in one sentence', async () => {
    await expect(secrets({ REDIS_PASSWORD: 'p@ss word that is long enough!!' })).rejects.toThrow(
      'REDIS_PASSWORD may only use letters, digits and . _ ~ - (it goes into URIs and config files).',
    );
    await expect(secrets({ REDIS_PASSWORD: 'short' })).rejects.toThrow(
      'REDIS_PASSWORD must be at least 32 characters long.',
    );
  });
});

describe('deploy:fresh-start', () => {
  it('when the answer is not the namespace name, then nothing is deleted', async () => {
    await secrets();
    const fresh = runFreshStart({
      settings: defaultSettings,
      kubectl: cluster.kubectl,
      confirmed: false,
      ask: async () => 'yes',
      print,
    });
    await expect(fresh).rejects.toThrow(
      'Nothing was deleted: the answer did not match the namespace name.',
    );
    expect(cluster.calls().some((c) => c.args[0] === 'delete')).toBe(false);
  });

  it('when confirmed, then the namespace goes with its volumes', async () => {
    await secrets();
    let asked = '';
    await runFreshStart({
      settings: defaultSettings,
      kubectl: cluster.kubectl,
      confirmed: false,
      ask: async (q) => {
        asked = q;
        return 'gic-asenhoradosaneis';
      },
      print,
    });
    expect(asked).toContain('ALL its data');
    const del = cluster.calls().find((c) => c.args[0] === 'delete');
    expect(del?.args.slice(0, 3)).toEqual(['delete', 'namespace', 'gic-asenhoradosaneis']);
    expect(cluster.state()).toEqual({});
  });
});
