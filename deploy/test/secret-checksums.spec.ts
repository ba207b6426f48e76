import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { digestSecretData } from '../src/manifests/secret-checksums.js';
import { defaultSettings } from '../src/settings/settings.js';
import { plainRelease, podTemplates } from './support/release-objects.js';

/*
 * Pods read Secrets at start: a rotated password only reaches them if their template changes.
 * deploy:apply puts a digest of the Secrets each pod reads into its template.
 */

const digests = (redisPassword: string) => ({
  'mongodb-credentials': digestSecretData({ 'root-password': 'a', 'app-password': 'b' }),
  'redis-credentials': digestSecretData({ password: redisPassword, 'config-command': 'c' }),
  'shopping-server-secrets': digestSecretData({ SESSION_SECRET: 'd' }),
  'management-server-secrets': digestSecretData({ SESSION_SECRET: 'e' }),
});

const checksums = (redisPassword: string) =>
  Object.fromEntries(
    podTemplates(plainRelease(defaultSettings, digests(redisPassword)))
      .filter((p) => p.kind === 'Deployment' || p.kind === 'StatefulSet')
      .map((p) => [p.owner, p.annotations['checksum/secrets']]),
  );

describe('Secrets in the rollout checksum', () => {
  it('when the Redis password is rotated, then exactly the pods that read it roll, and offline none carries a digest', () => {
    const before = checksums('old-password');
    const after = checksums('new-password');
    const rolled = Object.keys(before).filter((name) => before[name] !== after[name]);
    expect(rolled.sort()).toEqual([
      'management-server',
      'redis',
      'redis-sentinel',
      'shopping-server',
    ]);
    // nothing that reads no Secret carries a checksum of one
    expect(before['website']).toBeUndefined();
    // and offline (deploy:manifests, no cluster to read) no digest is made up
    for (const d of plainRelease().filter(
      (o) => o.kind === 'Deployment',
    ) as unknown as IDeployment[]) {
      expect(d.spec?.template.metadata?.annotations?.['checksum/secrets']).toBeUndefined();
    }
  });
});
