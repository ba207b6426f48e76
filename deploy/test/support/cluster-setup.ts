import type { FakeCluster } from './fake-kubectl.js';
import { defaultSettings } from '../../src/settings/settings.js';

/** The TLS Secret an operator creates by hand (README step 2), as kubectl would store it. */
export async function createTlsSecret(cluster: FakeCluster, name = defaultSettings.tlsSecretName) {
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/tls',
    metadata: { name, namespace: defaultSettings.namespace },
    data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'a2V5' },
  };
  const result = await cluster.kubectl(['apply', '-f', '-'], JSON.stringify(secret));
  if (result.code !== 0) throw new Error(result.stderr);
}
