import { resolveSettings } from '../src/settings/resolve-settings.js';
import { defaultSettings, type DeploySettings } from '../src/settings/settings.js';
import { createKubectl } from '../src/cli/kubectl.js';
import { runApply } from '../src/cli/run-apply.js';
import { runSecrets } from '../src/cli/run-secrets.js';
import { CliError } from '../src/cli/run-cli.js';
import { fakeCluster, type FakeCluster } from './support/fake-kubectl.js';
import { createTlsSecret } from './support/cluster-setup.js';

let cluster: FakeCluster;
let printed: string[];
const print = (line: string) => printed.push(line);
/** A release with a fixed tag, as deploy:images pushed it. */
const released: DeploySettings = { ...defaultSettings, tag: '1.0.0' };
const apply = (dryRun = false) =>
  runApply({ settings: released, kubectl: cluster.kubectl, dryRun, timeout: '30s', print });

beforeEach(() => {
  printed = [];
});
afterEach(() => cluster.cleanup());

describe('deploy:apply', () => {
  it('when secrets exist, then it applies server-side in dependency order and waits', async () => {
    cluster = fakeCluster();
    await runSecrets({
      settings: defaultSettings,
      kubectl: cluster.kubectl,
      given: {},
      dryRun: false,
      print,
    });
    await createTlsSecret(cluster);
    const before = cluster.calls().length;
    await apply();
    const calls = cluster.calls().slice(before);
    const applies = calls.filter((c) => c.args[0] === 'apply');
    for (const c of applies) {
      expect(c.args).toEqual(
        expect.arrayContaining(['--server-side', '--field-manager=aneis-deploy', '-f', '-']),
      );
    }
    const firstFed = applies.map((c) => c.fed[0]);
    expect(firstFed[0]).toBe('Namespace/gic-asenhoradosaneis');
    const step = (pred: (c: (typeof calls)[number]) => boolean) => calls.findIndex(pred);
    const applied = (obj: string) => step((c) => c.args[0] === 'apply' && c.fed.includes(obj));
    const waited = (what: string) => step((c) => c.args.includes(what));
    expect(applied('StatefulSet/rsyslog')).toBeLessThan(applied('StatefulSet/mongodb'));
    expect(step((c) => c.args[0] === 'delete' && c.args[2] === 'mongodb-rs-init')).toBeLessThan(
      applied('Job/mongodb-rs-init'),
    );
    expect(waited('job/mongodb-rs-init')).toBeGreaterThan(applied('StatefulSet/redis-sentinel'));
    expect(waited('statefulset/mongodb')).toBeGreaterThan(waited('job/mongodb-rs-init'));
    expect(waited('statefulset/redis')).toBeLessThan(applied('Deployment/shopping-server'));
    expect(applied('Deployment/shopping-server')).toBeLessThan(
      applied('Deployment/shopping-webclient'),
    );
    expect(applied('IngressRoute/shopping-server')).toBeGreaterThan(applied('Deployment/website'));
    expect(waited('deployment/website')).toBeGreaterThan(applied('IngressRoute/website'));
    expect(calls.at(-1)?.args.slice(0, 2)).toEqual(['get', 'deployments,statefulsets']);
    expect(printed.at(-1)).toMatch(/WORKLOAD\s+READY/);
    // autoscaled: created with the default of one, the autoscaler takes it to its minimum
    expect(printed.at(-1)).toMatch(/deployment\/shopping-server\s+1\/1\s+1\s+ok/);
    expect(printed.at(-1)).toMatch(/deployment\/website\s+3\/3\s+3\s+ok/);
  });

  it('when --dry-run is given, then it shows the preflight and the diff and changes nothing', async () => {
    cluster = fakeCluster();
    const error = await apply(true).catch((e: unknown) => e);
    const verbs = new Set(cluster.calls().map((c) => c.args[0]));
    expect([...verbs].sort()).toEqual(['diff', 'get', 'version']);
    expect(cluster.calls().filter((c) => c.args[0] === 'diff')[0]?.args).toContain('--server-side');
    expect(printed.join('\n')).toContain('namespace: changes');
    expect(printed).toContain(
      "preflight ok   Storage class longhorn exists for the databases' volumes.",
    );
    // the diff is shown, and the run still fails on what the preflight found
    expect((error as Error).message).toMatch(/^Secrets .* are missing or incomplete/);
    expect(cluster.state()).toEqual({});
  });

  it('when the Secrets are missing, then it stops with one sentence naming the command to run', async () => {
    cluster = fakeCluster();
    await expect(apply()).rejects.toThrow(
      /^Secrets mongodb-credentials, redis-credentials, shopping-server-secrets, management-server-secrets are missing or incomplete in namespace gic-asenhoradosaneis: run `nx run deploy:secrets` first\.\nTLS Secret aneis-tls is missing/,
    );
    expect(cluster.calls().some((c) => c.args[0] === 'apply')).toBe(false);
  });

  it('when the cluster is unreachable, then it says so in one sentence and applies nothing', async () => {
    cluster = fakeCluster('unreachable');
    const error = await apply().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(
      /^The Kubernetes cluster cannot be reached \(The connection to the server .* refused.*\); check your kubeconfig and that the cluster is up\.$/,
    );
    expect((error as Error).message).not.toContain('\n');
    expect(cluster.calls().map((c) => c.args[0])).toEqual(['version']);
  });

  it('when kubectl is not installed, then it says so in one sentence', async () => {
    cluster = fakeCluster();
    const missing = createKubectl('/nonexistent/kubectl');
    await expect(
      runApply({
        settings: defaultSettings,
        kubectl: missing,
        dryRun: false,
        timeout: '1s',
        print,
      }),
    ).rejects.toThrow(
      /^kubectl was not found \(looked for "\/nonexistent\/kubectl"\): install it or set KUBECTL to its path\.$/,
    );
  });
});

describe('deploy:apply and SendGrid template ids', () => {
  const shoppingIds = {
    SHOPPING_SENDGRID_TEMPLATE_CONFIRM_ACCOUNT_CUSTOMER: 'd-confirm',
    SHOPPING_SENDGRID_TEMPLATE_RESET_PASSWORD_CUSTOMER: 'd-reset',
    SHOPPING_SENDGRID_TEMPLATE_CONFIRMATION_PASSWORD_RESET_CUSTOMER: 'd-confirmation',
    SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-received',
    SHOPPING_SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-status',
  };
  const applyWith = (settings: DeploySettings) =>
    runApply({
      settings: { ...settings, tag: '1.0.0' },
      kubectl: cluster.kubectl,
      dryRun: false,
      timeout: '30s',
      print,
    });
  const secretsWith = async (given: Record<string, string>) => {
    await runSecrets({
      settings: defaultSettings,
      kubectl: cluster.kubectl,
      given,
      dryRun: false,
      print,
    });
    await createTlsSecret(cluster);
  };
  const serversApplied = () =>
    cluster.calls().some((c) => c.fed.includes('Deployment/shopping-server'));

  it('when the ids are settings, then apply writes them into the ConfigMap', async () => {
    cluster = fakeCluster();
    await secretsWith({ SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key' });
    await applyWith(resolveSettings([], shoppingIds).settings);
    const data = cluster.state()['ConfigMap/shopping-server-config']?.data;
    expect(data?.['SENDGRID_TEMPLATE_ORDER_RECEIVED']).toBe('d-received');
    expect(data?.['SENDGRID_API_KEY']).toBeUndefined();
    expect(printed.at(-1)).toMatch(/deployment\/shopping-server\s+1\/1/);
  });

  it('when SendGrid renders the mails and a server has an API key but its ids are not set, then apply names the settings and rolls nothing', async () => {
    cluster = fakeCluster();
    await secretsWith({ SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key' });
    const { SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: _left, ...partial } = shoppingIds;
    const sendgridRendering = ['--mail-rendering', 'sendgrid-templates'];
    await expect(applyWith(resolveSettings(sendgridRendering, partial).settings)).rejects.toThrow(
      /^shopping-server has a SendGrid API key but no d-… template id in SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: set them in the environment or deploy\/settings\.env, or the server will refuse to start\.$/,
    );
    expect(serversApplied()).toBe(false);
  });

  it('when the servers render the mails, then an API key without ids is applied', async () => {
    cluster = fakeCluster();
    await secretsWith({ SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key' });
    await applyWith(resolveSettings([], {}).settings);
    expect(cluster.state()['ConfigMap/shopping-server-config']?.data?.['MAIL_RENDERING']).toBe(
      'local',
    );
    expect(serversApplied()).toBe(true);
  });

  it('when an older Secret still holds ids, then apply asks for deploy:secrets and rolls nothing', async () => {
    cluster = fakeCluster();
    await secretsWith({});
    const current = cluster.state()['Secret/management-server-secrets'];
    const legacy = {
      ...current,
      data: {
        ...current?.data,
        SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: Buffer.from('d-old').toString('base64'),
      },
    };
    await cluster.kubectl(['apply', '-f', '-'], JSON.stringify(legacy));
    await expect(applyWith(defaultSettings)).rejects.toThrow(
      'Secret management-server-secrets still holds SendGrid template ids, which would override the ConfigMap: run `nx run deploy:secrets` to drop them (template ids are deploy settings now).',
    );
    expect(serversApplied()).toBe(false);
  });
});
