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

describe('deploy:secrets and SendGrid', () => {
  const storedKeys = () =>
    Object.values(cluster.state())
      .filter((o) => o.kind === 'Secret')
      .flatMap((o) => Object.keys(o.data ?? {}));

  it('when the key and template ids are given, then only the key is stored and the ids are pointed to the settings', async () => {
    await secrets({
      SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key',
      SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-0123456789abcdef0123456789abcdef',
      MANAGEMENT_SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: 'd-fedcba9876543210fedcba9876543210',
    });
    expect(decoded('shopping-server-secrets', 'SENDGRID_API_KEY')).toBe('SG.shopping-key');
    expect(storedKeys()).toContain('SESSION_SECRET');
    expect(storedKeys().filter((k) => k.startsWith('SENDGRID_TEMPLATE_'))).toEqual([]);
    const output = printed.join('\n');
    expect(output).toContain(
      'not stored in a Secret: SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED, MANAGEMENT_SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN.',
    );
    expect(output).toContain('deploy/settings.env');
    expect(output).not.toContain('d-0123456789abcdef0123456789abcdef');
  });

  it('when an older run stored template ids, then they are dropped and the rest is kept', async () => {
    await secrets({ SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key' });
    const session = decoded('shopping-server-secrets', 'SESSION_SECRET');
    // what an older deploy:secrets wrote: the ids beside the key
    const old = cluster.state()['Secret/shopping-server-secrets'];
    const legacy = {
      ...old,
      data: {
        ...old?.data,
        SENDGRID_TEMPLATE_ORDER_RECEIVED: Buffer.from('d-old').toString('base64'),
      },
    };
    await cluster.kubectl(['apply', '-f', '-'], JSON.stringify(legacy));
    expect(decoded('shopping-server-secrets', 'SENDGRID_TEMPLATE_ORDER_RECEIVED')).toBe('d-old');
    printed = [];
    await secrets();
    expect(storedKeys().filter((k) => k.startsWith('SENDGRID_TEMPLATE_'))).toEqual([]);
    expect(decoded('shopping-server-secrets', 'SESSION_SECRET')).toBe(session);
    expect(decoded('shopping-server-secrets', 'SENDGRID_API_KEY')).toBe('SG.shopping-key');
    expect(printed).toContain('shopping-server-secrets: dropped SENDGRID_TEMPLATE_ORDER_RECEIVED');
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
