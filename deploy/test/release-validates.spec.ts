import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { defaultSettings } from '../src/settings/settings.js';
import { buildRelease } from '../src/manifests/release.js';
import { manifestFiles } from '../src/manifests/to-yaml.js';
import { validatePlain } from './support/model-for.js';

const badDir = join(import.meta.dirname, 'fixtures', 'bad');

describe('schema validation', () => {
  const files = manifestFiles(buildRelease(defaultSettings));

  it('when the release is written, then there is one file per component plus all.yaml', () => {
    expect([...files.keys()]).toEqual([
      '00-namespace.yaml',
      '01-rsyslog.yaml',
      '02-mongodb.yaml',
      '03-mongodb-init.yaml',
      '04-redis.yaml',
      '05-redis-sentinel.yaml',
      '06-shopping-server.yaml',
      '07-management-server.yaml',
      '08-shopping-webclient.yaml',
      '09-management-webclient.yaml',
      '10-website.yaml',
      '11-ingress.yaml',
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

  const fixtures = readdirSync(badDir).filter((f) => f.endsWith('.yaml'));
  it.each(fixtures)('when the known-bad fixture %s is validated, then it is rejected', (file) => {
    const plain = parse(readFileSync(join(badDir, file), 'utf8')) as { apiVersion: string };
    expect(() => validatePlain(plain)).toThrow();
  });
});
