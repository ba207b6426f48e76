import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { resolveSettings } from '../src/settings/resolve-settings.js';
import { defaultSettings, type DeploySettings } from '../src/settings/settings.js';
import { buildRelease } from '../src/manifests/release.js';
import { manifestFiles } from '../src/manifests/to-yaml.js';
import { validatePlain } from './support/model-for.js';
import { ofKind, plainRelease } from './support/release-objects.js';

const badDir = join(import.meta.dirname, 'fixtures', 'bad');

describe('schema validation', () => {
  const files = manifestFiles(buildRelease(defaultSettings));

  it('when the release is written, then there is one file per component plus all.yaml', () => {
    expect([...files.keys()]).toEqual([
      '00-namespace.yaml',
      '01-rsyslog.yaml',
      '02-mongodb.yaml',
      '03-mongodb-init.yaml',
      '04-mongodb-backup.yaml',
      '05-redis.yaml',
      '06-redis-sentinel.yaml',
      '07-shopping-server.yaml',
      '08-management-server.yaml',
      '09-shopping-webclient.yaml',
      '10-management-webclient.yaml',
      '11-website.yaml',
      '12-ingress.yaml',
      'all.yaml',
    ]);
  });

  it('when every written document is read back, then each validates against its schema', () => {
    const docs = parseAllDocuments(files.get('all.yaml') ?? '');
    expect(docs.length).toBeGreaterThan(60);
    for (const doc of docs) {
      const plain = doc.toJS() as { apiVersion: string; kind: string };
      expect(() => validatePlain(plain), `${plain.kind}`).not.toThrow();
    }
  });

  it('when the settings change, then the release still validates and follows them', () => {
    const custom = {
      ...defaultSettings,
      baseDomain: 'shop.example',
      namespace: 'shop',
      storageClass: 'local-path',
      affinity: 'required' as const,
    };
    const yaml = manifestFiles(buildRelease(custom)).get('all.yaml') ?? '';
    expect(yaml).toContain('Host(`shopping.shop.example`)');
    expect(yaml).toContain('storageClassName: local-path');
    expect(yaml).toContain('requiredDuringSchedulingIgnoredDuringExecution');
    expect(yaml).not.toContain('gic-asenhoradosaneis');
    for (const doc of parseAllDocuments(yaml))
      expect(() => validatePlain(doc.toJS())).not.toThrow();
  });

  const withTemplates = (env: Record<string, string>): DeploySettings =>
    resolveSettings([], env).settings;
  const checksums = (settings: DeploySettings) =>
    Object.fromEntries(
      ofKind<IDeployment>(plainRelease(settings), 'Deployment').map((d) => [
        d.metadata.name,
        d.spec?.template.metadata?.annotations?.['checksum/config'],
      ]),
    );

  it('when SendGrid template ids are set, then the release validates with them in ConfigMaps only', () => {
    const settings = withTemplates({
      SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-0123456789abcdef0123456789abcdef',
      MANAGEMENT_SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: 'd-fedcba9876543210fedcba9876543210',
    });
    const docs = parseAllDocuments(manifestFiles(buildRelease(settings)).get('all.yaml') ?? '');
    const plain = docs.map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    for (const doc of plain) expect(() => validatePlain(doc), doc.kind).not.toThrow();
    expect(plain.filter((d) => d.kind === 'Secret')).toEqual([]);
    const holders = plain
      .filter((d) => JSON.stringify(d).includes('d-0123456789abcdef0123456789abcdef'))
      .map((d) => `${d.kind}/${d.metadata.name}`);
    expect(holders).toEqual(['ConfigMap/shopping-server-config']);
    const management = plain.find((d) => d.metadata.name === 'management-server-config') as {
      data?: Record<string, string>;
    };
    expect(management.data?.['SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN']).toBe(
      'd-fedcba9876543210fedcba9876543210',
    );
  });

  it('when a template id changes, then only the server that sends it gets a new config checksum', () => {
    const before = checksums(withTemplates({ SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-1' }));
    const after = checksums(withTemplates({ SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-2' }));
    expect(after['shopping-server']).toMatch(/^[0-9a-f]{64}$/);
    expect(after['shopping-server']).not.toBe(before['shopping-server']);
    const unchanged = Object.keys(before).filter((name) => before[name] === after[name]);
    expect(unchanged.sort()).toEqual(
      Object.keys(before)
        .filter((name) => name !== 'shopping-server')
        .sort(),
    );
    const managementBefore = checksums(defaultSettings)['management-server'];
    const managementAfter = checksums(
      withTemplates({ MANAGEMENT_SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-3' }),
    )['management-server'];
    expect(managementAfter).not.toBe(managementBefore);
  });

  const fixtures = readdirSync(badDir).filter((f) => f.endsWith('.yaml'));
  it.each(fixtures)('when the known-bad fixture %s is validated, then it is rejected', (file) => {
    const plain = parse(readFileSync(join(badDir, file), 'utf8')) as { apiVersion: string };
    expect(() => validatePlain(plain)).toThrow();
  });
});
