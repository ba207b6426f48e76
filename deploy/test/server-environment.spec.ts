import { readFileSync } from 'node:fs';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import {
  environmentVariables,
  managementServerConfigSchema,
  readConfig,
  SERVER_NODE_CLI_FLAGS,
  shoppingServerConfigSchema,
  websiteConfigSchema,
  type AppName,
} from '@aneis/config';
import { resolveKeys } from '../src/cli/secret-values.js';
import { nodeRuntimeVariables, uriPartVariables } from '../src/manifests/app-config.js';
import { cpuCores, hashThreadsFor } from '../src/manifests/quantities.js';
import { secretCatalogue } from '../src/manifests/secret-catalogue.js';
import { resolveSettings } from '../src/settings/resolve-settings.js';
import { defaultSettings, type DeploySettings } from '../src/settings/settings.js';
import { topology } from '../src/topology/topology.js';
import { ofKind, plainRelease, type PlainObject } from './support/release-objects.js';

const apps: readonly AppName[] = ['shopping-server', 'management-server', 'website'];
const mailServers = { 'shopping-server': 'SHOPPING', 'management-server': 'MANAGEMENT' } as const;
type MailServer = keyof typeof mailServers;
const schemas = {
  'shopping-server': shoppingServerConfigSchema,
  'management-server': managementServerConfigSchema,
  website: websiteConfigSchema,
} as const;

/** What `deploy:secrets` would store, from `given` plus generated values (never printed). */
function secretValues(given: Record<string, string> = {}): Map<string, Record<string, string>> {
  const values = new Map<string, Record<string, string>>();
  for (const secret of secretCatalogue) {
    const data: Record<string, string> = {};
    for (const key of resolveKeys(secret, given, {})) {
      if (key.value !== undefined) data[key.key] = key.value;
    }
    values.set(secret.name, data);
  }
  return values;
}

function containerOf(objects: readonly PlainObject[], app: string): IContainer {
  const deployment = ofKind<IDeployment>(objects, 'Deployment').find(
    (d) => d.metadata.name === app,
  );
  const container = deployment?.spec?.template.spec?.containers[0];
  if (!container) throw new Error(`no container for ${app}`);
  return container;
}

/** The environment the container starts with, as the kubelet builds it ($(VAR) expanded). */
function containerEnv(
  objects: readonly PlainObject[],
  app: string,
  secrets: Map<string, Record<string, string>>,
): Record<string, string> {
  const container = containerOf(objects, app);
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const name = from.configMapRef?.name ?? from.secretRef?.name ?? '';
    const data = from.configMapRef
      ? objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.data
      : secrets.get(name);
    if (!data) throw new Error(`${app} reads ${name}, which does not exist`);
    Object.assign(env, data);
  }
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    if (ref) {
      const value = secrets.get(ref.name ?? '')?.[ref.key];
      if (value !== undefined) env[e.name] = value;
    } else {
      env[e.name] = (e.value ?? '').replace(/\$\(([A-Z0-9_]+)\)/g, (all, v: string) =>
        env[v] !== undefined ? env[v] : all,
      );
    }
  }
  return env;
}

/** Every variable name the manifests can hand the app, optional Secret keys included. */
function namesSet(objects: readonly PlainObject[], app: string): string[] {
  const container = containerOf(objects, app);
  const names = new Set<string>((container.env ?? []).map((e) => e.name));
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const map = objects.find(
        (o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name,
      );
      for (const key of Object.keys(map?.data ?? {})) names.add(key);
    }
    const secret = secretCatalogue.find((s) => s.name === from.secretRef?.name);
    for (const key of secret?.keys ?? []) names.add(key.key);
  }
  return [...names].sort();
}

/** The config lib's SENDGRID_TEMPLATE_* variables a server reads, with a distinct id each. */
function templateIds(server: MailServer): Record<string, string> {
  return Object.fromEntries(
    environmentVariables
      .filter((v) => v.name.startsWith('SENDGRID_TEMPLATE_') && v.apps.includes(server))
      .map((v) => [
        v.name,
        `d-${server}-${v.name.slice('SENDGRID_TEMPLATE_'.length).toLowerCase()}`,
      ]),
  );
}

/** Every template id given as an operator does: `<PREFIX>_SENDGRID_TEMPLATE_<NAME>` settings. */
function templateSettings(): Record<string, string> {
  const given: Record<string, string> = {};
  for (const [server, prefix] of Object.entries(mailServers)) {
    for (const [variable, id] of Object.entries(templateIds(server as MailServer))) {
      given[`${prefix}_${variable}`] = id;
    }
  }
  return given;
}

const sendgridKeys = {
  SHOPPING_SENDGRID_API_KEY: 'SG.shopping-key',
  MANAGEMENT_SENDGRID_API_KEY: 'SG.management-key',
};

function configMapData(objects: readonly PlainObject[], app: string): Record<string, string> {
  const map = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `${app}-config`);
  if (!map?.data) throw new Error(`no ConfigMap for ${app}`);
  return map.data;
}

/** Both servers' config as they read it from a release's containers with generated Secrets. */
function serverConfigs(objects: readonly PlainObject[], secrets = secretValues()) {
  return {
    shopping: readConfig(
      shoppingServerConfigSchema,
      containerEnv(objects, 'shopping-server', secrets),
    ),
    management: readConfig(
      managementServerConfigSchema,
      containerEnv(objects, 'management-server', secrets),
    ),
  };
}

const notForTheConfigLib = new Set<string>([...uriPartVariables, ...nodeRuntimeVariables]);

describe("servers' environment", () => {
  const objects = plainRelease();
  const mailObjects = plainRelease(
    resolveSettings(['--mail-rendering', 'sendgrid-templates'], templateSettings()).settings,
  );
  const sendgridRenderedObjects = plainRelease(
    resolveSettings(['--mail-rendering', 'sendgrid-templates'], {}).settings,
  );

  it('when the manifests set a variable for an app, then the config lib knows it for that app', () => {
    for (const release of [objects, mailObjects]) {
      for (const app of apps) {
        const known = new Set(
          environmentVariables.filter((v) => v.apps.includes(app)).map((v) => v.name),
        );
        const unknown = namesSet(release, app).filter(
          (name) => !known.has(name) && !notForTheConfigLib.has(name),
        );
        expect(unknown, app).toEqual([]);
      }
    }
  });

  it('when the apps start in production with generated Secrets, then their config is valid', () => {
    const secrets = secretValues();
    for (const app of apps) {
      const env = containerEnv(objects, app, secrets);
      expect(env['NODE_ENV'], app).toBe('production');
      // readConfig throws a ConfigError naming every missing or invalid variable
      expect(() => readConfig(schemas[app], env), app).not.toThrow();
    }
  });

  it('when a server checks passwords, then its hashing threads are the whole cores of its CPU limit', () => {
    const secrets = secretValues();
    for (const app of ['shopping-server', 'management-server'] as const) {
      const config = readConfig(schemas[app], containerEnv(objects, app, secrets));
      const limit = cpuCores(topology[app].resources.cpuLimit);
      // Not the node's cores, which the server would count without the variable.
      expect(config.auth.hashThreads, app).toBe(Math.max(1, Math.floor(limit)));
    }
    expect(hashThreadsFor('200m')).toBe(1);
    expect(hashThreadsFor('1')).toBe(1);
    expect(hashThreadsFor('2500m')).toBe(2);
    expect(hashThreadsFor('4')).toBe(4);
    expect(() => hashThreadsFor('2 cores')).toThrow(/millicores/);
  });

  it('when the servers read their config, then it points at the cluster and the public hosts', () => {
    const secrets = secretValues();
    const { management, shopping } = serverConfigs(objects, secrets);
    const ns = 'gic-asenhoradosaneis.svc.cluster.local';
    for (const config of [management, shopping]) {
      expect(config.mongodb.uri).toMatch(
        new RegExp(
          `^mongodb://aneis:[A-Za-z0-9_-]{48}@mongodb-0\\.mongodb-headless\\.${ns}:27017,` +
            `mongodb-1\\..+,mongodb-2\\..+/aneis\\?replicaSet=rs0&authSource=aneis$`,
        ),
      );
      expect(config.redis.sentinels).toEqual({
        name: 'aneis-redis',
        hosts: [0, 1, 2].map((i) => ({
          host: `redis-sentinel-${i}.redis-sentinel-headless.${ns}`,
          port: 26379,
        })),
      });
      expect(config.redis.password).toMatch(/^[A-Za-z0-9_-]{48}$/);
      expect(config.syslog).toEqual({
        host: `rsyslog.${ns}`,
        port: 5000,
        protocol: 'udp',
        facility: config === management ? 'local1' : 'local0',
      });
      expect(config.cors.origins).toEqual(['https://gic-asenhoradosaneis.k3s']);
      expect(config.server.trustProxy).toEqual(['uniquelocal']);
      expect(config.session.secret.length).toBeGreaterThanOrEqual(32);
      expect(config.mail.outboxDir).toBe('/srv/data/outbox');
    }
    expect(shopping.publicStorefrontUrl).toBe('https://gic-asenhoradosaneis.k3s/shopping');
    expect(management.publicAdminUrl).toBe('https://gic-asenhoradosaneis.k3s/management');
    expect(management.images).toMatchObject({
      storageDir: '/srv/images',
      publicBaseUrl: 'https://management.gic-asenhoradosaneis.k3s/images',
      allowedHosts: ['management.gic-asenhoradosaneis.k3s'],
      s3: undefined,
    });
    expect(management.images.urlSecret.length).toBeGreaterThanOrEqual(32);
    for (const app of ['shopping-server', 'management-server']) {
      expect(containerEnv(objects, app, secrets)['NODE_OPTIONS'], app).toBe(
        '--max-semi-space-size=2 --max-old-space-size=96',
      );
    }
  });

  it('when a server image starts, then its command carries the V8 flags NODE_OPTIONS cannot', () => {
    for (const app of ['shopping-server', 'management-server'] as const) {
      const dockerfile = readFileSync(
        new URL(`../../docker/${app}.Dockerfile`, import.meta.url),
        'utf8',
      );
      const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
      expect(JSON.parse(cmd ?? '[]'), app).toEqual([
        'node',
        ...SERVER_NODE_CLI_FLAGS[app],
        'dist/main.js',
      ]);
    }
  });

  it('when images stay on the volume, then every replica mounts one ReadWriteMany claim', () => {
    const claim = objects.find(
      (o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'management-server-images',
    ) as (PlainObject & { spec: { accessModes: string[]; storageClassName: string } }) | undefined;
    expect(claim?.spec.accessModes).toEqual(['ReadWriteMany']);
    expect(claim?.spec.storageClassName).toBe('longhorn');
    const pod = ofKind<IDeployment>(objects, 'Deployment').find(
      (d) => d.metadata.name === 'management-server',
    )?.spec?.template.spec;
    expect(pod?.volumes).toContainEqual({
      name: 'images',
      persistentVolumeClaim: { claimName: 'management-server-images' },
    });
    expect(pod?.containers[0]?.volumeMounts).toContainEqual({
      name: 'images',
      mountPath: '/srv/images',
    });
    expect(pod?.volumes?.find((v) => v.name === 'data')?.emptyDir).toBeDefined();
  });

  it('when images go to S3, then no claim is made and the bucket, keys and egress are set', () => {
    const settings: DeploySettings = resolveSettings(
      [
        '--image-storage',
        's3',
        '--s3-bucket',
        'rings',
        '--s3-endpoint',
        'https://minio.example:9000/',
      ],
      {},
    ).settings;
    const s3Objects = plainRelease(settings);
    // the images' claim is gone; the backup's stays
    expect(
      s3Objects.filter((o) => o.kind === 'PersistentVolumeClaim').map((o) => o.metadata.name),
    ).toEqual(['mongodb-backup']);
    const secrets = secretValues({
      MANAGEMENT_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      MANAGEMENT_S3_SECRET_ACCESS_KEY: 'wJalr/XUtnFEMI+K7MDENG',
    });
    const config = readConfig(
      managementServerConfigSchema,
      containerEnv(s3Objects, 'management-server', secrets),
    );
    expect(config.images.s3).toEqual({
      bucket: 'rings',
      region: 'us-east-1',
      endpoint: 'https://minio.example:9000',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'wJalr/XUtnFEMI+K7MDENG',
    });
    expect(config.images.allowedHosts).toEqual([
      'management.gic-asenhoradosaneis.k3s',
      'minio.example:9000',
    ]);
    const policy = ofKind<INetworkPolicy>(s3Objects, 'NetworkPolicy').find(
      (p) => p.metadata.name === 'management-server',
    );
    const external = policy?.spec?.egress?.find((r) => r.to?.some((p) => p.ipBlock));
    expect(external?.ports).toEqual([
      { protocol: 'TCP', port: 443 },
      { protocol: 'TCP', port: 9000 },
    ]);
    expect(() => resolveSettings(['--image-storage', 's3'], {})).toThrow(
      'image storage "s3" needs a bucket',
    );
  });

  it("when template ids are set, then they are in each server's ConfigMap and in no Secret", () => {
    for (const server of Object.keys(mailServers) as MailServer[]) {
      const data = configMapData(mailObjects, server);
      const inMap = Object.keys(data).filter((k) => k.startsWith('SENDGRID_TEMPLATE_'));
      expect(inMap.sort(), server).toEqual(Object.keys(templateIds(server)).sort());
      for (const [variable, id] of Object.entries(templateIds(server))) {
        expect(data[variable], variable).toBe(id);
      }
    }
    expect(mailObjects.filter((o) => o.kind === 'Secret')).toEqual([]);
    // what deploy:secrets stores, even when handed the ids as it used to be
    const stored = secretValues({ ...templateSettings(), ...sendgridKeys });
    for (const [name, data] of stored) {
      expect(
        Object.keys(data).filter((k) => k.startsWith('SENDGRID_TEMPLATE_')),
        name,
      ).toEqual([]);
    }
  });

  it("when SendGrid is configured, then its API key is in the servers' Secrets and no ConfigMap", () => {
    const stored = secretValues(sendgridKeys);
    expect(stored.get('shopping-server-secrets')?.['SENDGRID_API_KEY']).toBe('SG.shopping-key');
    expect(stored.get('management-server-secrets')?.['SENDGRID_API_KEY']).toBe('SG.management-key');
    const secretKeys = new Set(secretCatalogue.flatMap((sc) => sc.keys.map((k) => k.key)));
    expect(secretKeys.has('SENDGRID_API_KEY')).toBe(true);
    for (const map of mailObjects.filter((o) => o.kind === 'ConfigMap')) {
      const inMap = Object.keys(map.data ?? {}).filter((k) => secretKeys.has(k));
      expect(inMap, map.metadata.name).toEqual([]);
      const text = JSON.stringify(map.data);
      for (const key of Object.values(sendgridKeys)) expect(text).not.toContain(key);
    }
    for (const server of Object.keys(mailServers)) {
      const plain = (containerOf(mailObjects, server).env ?? []).filter(
        (e) => secretKeys.has(e.name) && e.valueFrom === undefined,
      );
      expect(plain, server).toEqual([]);
    }
  });

  it("when SendGrid is configured, then each server's environment passes its production check", () => {
    const secrets = secretValues(sendgridKeys);
    const shopping = readConfig(
      shoppingServerConfigSchema,
      containerEnv(mailObjects, 'shopping-server', secrets),
    );
    const management = readConfig(
      managementServerConfigSchema,
      containerEnv(mailObjects, 'management-server', secrets),
    );
    expect(shopping.mail.sendgridApiKey).toBe('SG.shopping-key');
    expect(management.mail.sendgridApiKey).toBe('SG.management-key');
    const byName = (server: MailServer) =>
      Object.fromEntries(
        Object.entries(templateIds(server)).map(([variable, id]) => [
          variable.slice('SENDGRID_TEMPLATE_'.length).toLowerCase(),
          id,
        ]),
      );
    expect(shopping.mail.templates).toEqual(byName('shopping-server'));
    expect(management.mail.templates).toEqual(byName('management-server'));
  });

  it('when SendGrid renders the mails and the API key is set but no template id is, then the production check refuses', () => {
    const secrets = secretValues(sendgridKeys);
    for (const server of Object.keys(mailServers) as MailServer[]) {
      expect(
        () => readConfig(schemas[server], containerEnv(sendgridRenderedObjects, server, secrets)),
        server,
      ).toThrow(/SENDGRID_TEMPLATE_/);
    }
  });

  it('when the mails are rendered by the servers (the default), then an API key needs no template id', () => {
    const secrets = secretValues(sendgridKeys);
    for (const server of Object.keys(mailServers) as MailServer[]) {
      const env = containerEnv(objects, server, secrets);
      expect(env['MAIL_RENDERING'], server).toBe('local');
      expect(readConfig(schemas[server], env).mail.sendgridApiKey, server).toBeTruthy();
    }
  });

  it('when the mail rendering is not one the servers know, then it is refused', () => {
    expect(() => resolveSettings(['--mail-rendering', 'mjml'], {})).toThrow(
      'mail rendering must be "local" or "sendgrid-templates"',
    );
  });

  it('when Veniqa’s clients are served, then the link styles reach the ConfigMaps and the servers’ config', () => {
    const byDefault = [
      configMapData(objects, 'shopping-server'),
      configMapData(objects, 'management-server'),
    ];
    expect(byDefault.map((data) => data['STOREFRONT_LINK_STYLE'])).toEqual(['path', 'path']);
    expect(byDefault[1]?.['ADMIN_LINK_STYLE']).toBe('path');

    const veniqa = plainRelease(
      resolveSettings(['--storefront-link-style', 'hash'], { DEPLOY_ADMIN_LINK_STYLE: 'hash' })
        .settings,
    );
    const { management, shopping } = serverConfigs(veniqa);
    expect(shopping.storefrontLinkStyle).toBe('hash');
    expect([management.storefrontLinkStyle, management.adminLinkStyle]).toEqual(['hash', 'hash']);
    // Order-status mails from the management server link to the same storefront as the shop's.
    expect(management.publicStorefrontUrl).toBe(shopping.publicStorefrontUrl);
  });

  it('when a link style is not path or hash, then it is refused', () => {
    expect(() => resolveSettings(['--admin-link-style', 'history'], {})).toThrow(
      'link style must be "path" (our webclients) or "hash"',
    );
  });

  it('when the trust-proxy setting is not what the servers accept, then it is refused', () => {
    expect(resolveSettings(['--trust-proxy', '10.42.0.0/16'], {}).settings.trustProxy).toBe(
      '10.42.0.0/16',
    );
    expect(() => resolveSettings(['--trust-proxy', 'traefik'], {})).toThrow('trust proxy must be');
    expect(defaultSettings.trustProxy).toBe('uniquelocal');
  });

  it('when a bank account is given, then it reaches the shopping server’s ConfigMap and config; unset, the server’s own default stays', () => {
    expect(
      Object.keys(configMapData(objects, 'shopping-server')).filter((k) =>
        k.startsWith('BANK_TRANSFER_'),
      ),
    ).toEqual([]);
    const settings = resolveSettings(
      ['--bank-transfer-iban', 'de89 3704 0044 0532 0130 00', '--bank-transfer-deadline-days=7'],
      { DEPLOY_BANK_TRANSFER_BENEFICIARY: 'A Senhora dos Anéis, Lda.' },
    ).settings;
    const withAccount = plainRelease(settings);
    expect(configMapData(withAccount, 'shopping-server')).toMatchObject({
      BANK_TRANSFER_IBAN: 'DE89370400440532013000',
      BANK_TRANSFER_BENEFICIARY: 'A Senhora dos Anéis, Lda.',
      BANK_TRANSFER_DEADLINE_DAYS: '7',
    });
    expect(Object.keys(configMapData(withAccount, 'management-server'))).not.toContain(
      'BANK_TRANSFER_IBAN',
    );
    expect(serverConfigs(withAccount).shopping.bankTransfer).toEqual({
      iban: 'DE89370400440532013000',
      beneficiary: 'A Senhora dos Anéis, Lda.',
      deadlineDays: 7,
    });
  });

  it('when the bank-transfer IBAN or deadline is one the server would refuse, then deploy refuses it first', () => {
    expect(() =>
      resolveSettings(['--bank-transfer-iban', 'PT51000201231234567890154'], {}),
    ).toThrow('is not a valid IBAN');
    expect(() => resolveSettings([], { DEPLOY_BANK_TRANSFER_DEADLINE_DAYS: '0' })).toThrow(
      'bank transfer deadline must be 1 to 60 days',
    );
  });
});
