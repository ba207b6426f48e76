import type { DeploySettings } from '../settings/settings.js';
import { componentList } from '../topology/topology.js';
import { isVoter } from '../manifests/scheduling.js';
import { secretCatalogue } from '../manifests/secret-catalogue.js';
import {
  traefikCrds,
  type ClusterNode,
  type ClusterSnapshot,
  type StorageClass,
} from './cluster-snapshot.js';
import { checkMailSettings } from './mail-preflight.js';
import { CliError } from './run-cli.js';

/*
 * What deploy:apply checks before it changes anything: that the cluster can run what it is
 * about to be given. Each finding is one sentence; any failure stops the apply (and marks a
 * dry run as failed) before the namespace is even created.
 */

export interface Finding {
  readonly ok: boolean;
  readonly sentence: string;
}

const pass = (sentence: string): Finding => ({ ok: true, sentence });
const fail = (sentence: string): Finding => ({ ok: false, sentence });

/** Provisioners known to serve ReadWriteMany, and known to serve only ReadWriteOnce. */
const sharedProvisioners = [
  'driver.longhorn.io',
  'nfs.csi.k8s.io',
  'cephfs.csi.ceph.com',
  'efs.csi.aws.com',
  'file.csi.azure.com',
  'filestore.csi.storage.gke.io',
  'smb.csi.k8s.io',
  'cluster.local/nfs-subdir-external-provisioner',
];
const singleNodeProvisioners = [
  'rancher.io/local-path',
  'kubernetes.io/no-provisioner',
  'openebs.io/local',
  'topolvm.io',
];

function storageFindings(classes: readonly StorageClass[], settings: DeploySettings): Finding[] {
  const byName = new Map(classes.map((c) => [c.metadata.name, c]));
  const known = [...byName.keys()].join(', ') || 'none';
  const findings: Finding[] = [];
  const volumes = byName.get(settings.storageClass);
  findings.push(
    volumes
      ? pass(`Storage class ${settings.storageClass} exists for the databases' volumes.`)
      : fail(
          `Storage class ${settings.storageClass} does not exist (the cluster has: ${known}); install it (Longhorn) or pass --storage-class.`,
        ),
  );
  if (settings.imageStorage !== 'volume') return findings;
  const shared = byName.get(settings.sharedStorageClass);
  const provisioner = shared?.provisioner ?? '';
  if (!shared) {
    findings.push(
      fail(
        `Storage class ${settings.sharedStorageClass} for the shared image volume does not exist (the cluster has: ${known}); pass --shared-storage-class or --image-storage s3.`,
      ),
    );
  } else if (singleNodeProvisioners.includes(provisioner)) {
    findings.push(
      fail(
        `Storage class ${settings.sharedStorageClass} (${provisioner}) cannot give the image volume ReadWriteMany; pass --shared-storage-class with one that can (Longhorn, NFS) or --image-storage s3.`,
      ),
    );
  } else {
    findings.push(
      pass(
        sharedProvisioners.includes(provisioner)
          ? `Storage class ${settings.sharedStorageClass} (${provisioner}) serves ReadWriteMany for the image volume.`
          : `Storage class ${settings.sharedStorageClass} (${provisioner}) is not known to this check; the image volume asks it for ReadWriteMany.`,
      ),
    );
  }
  return findings;
}

/** Ready nodes that take ordinary pods (not cordoned, no NoSchedule/NoExecute taint). */
function schedulable(node: ClusterNode): boolean {
  const ready = node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  const tainted = node.spec?.taints?.some(
    (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute',
  );
  return Boolean(ready) && !node.spec?.unschedulable && !tainted;
}

function nodeFindings(snapshot: ClusterSnapshot, settings: DeploySettings): Finding {
  const nodes = snapshot.nodes.filter(schedulable);
  const needed = Math.max(
    ...componentList()
      .filter(isVoter)
      .map((c) => c.replicas),
  );
  if (settings.affinity === 'preferred') {
    return pass(
      `${nodes.length} schedulable nodes; with --affinity preferred, members of MongoDB, Redis and the Sentinels may share a node (quorum then does not survive that node).`,
    );
  }
  return nodes.length >= needed
    ? pass(
        `${nodes.length} schedulable nodes hold one member of MongoDB, Redis and the Sentinels each.`,
      )
    : fail(
        `The cluster has ${nodes.length} schedulable nodes but --affinity required puts each of the ${needed} members of MongoDB, Redis and the Sentinels on its own node; add nodes or pass --affinity preferred.`,
      );
}

function traefikFinding(snapshot: ClusterSnapshot): Finding {
  const missing = traefikCrds.filter((crd) => !snapshot.crds.includes(crd));
  return missing.length === 0
    ? pass("Traefik's IngressRoute and Middleware CRDs are installed.")
    : fail(
        `Traefik's CRDs ${missing.join(', ')} are not installed: the routes need Traefik v3 (k3s bundles it; check it was not disabled).`,
      );
}

function secretFindings(snapshot: ClusterSnapshot, settings: DeploySettings): Finding[] {
  const ns = settings.namespace;
  const missing = secretCatalogue
    .filter((secret) => {
      const data = snapshot.secrets.get(secret.name);
      const required = secret.keys.filter((k) => !('optional' in k.source)).map((k) => k.key);
      return !data || required.some((k) => !(k in data));
    })
    .map((secret) => secret.name);
  const tls = snapshot.secrets.has(settings.tlsSecretName);
  return [
    missing.length === 0
      ? pass(`The application Secrets are in namespace ${ns}.`)
      : fail(
          `Secrets ${missing.join(', ')} are missing or incomplete in namespace ${ns}: run \`nx run deploy:secrets\` first.`,
        ),
    tls
      ? pass(`TLS Secret ${settings.tlsSecretName} is in namespace ${ns}.`)
      : fail(
          `TLS Secret ${settings.tlsSecretName} is missing in namespace ${ns}: create it (kubectl create secret tls ${settings.tlsSecretName} …) or pass --tls-secret.`,
        ),
  ];
}

function imageFinding(settings: DeploySettings): Finding {
  if (settings.tag !== 'latest') return pass(`Images are tagged ${settings.tag}.`);
  const pinned = Object.keys(settings.imageDigests).length > 0;
  return pinned
    ? pass('Images are tagged latest and pinned by the digests deploy:images recorded.')
    : fail(
        'Image tag "latest" names no fixed build, so nodes could run different ones: pass --tag with the tag deploy:images pushed.',
      );
}

function mailFinding(snapshot: ClusterSnapshot, settings: DeploySettings): Finding {
  try {
    checkMailSettings((name) => snapshot.secrets.get(name) ?? {}, settings);
    return pass("The servers' mail settings match their Secrets.");
  } catch (error) {
    if (error instanceof CliError) return fail(error.message);
    throw error;
  }
}

/** Every check, read-only, in the order an operator would fix them. */
export function preflight(snapshot: ClusterSnapshot, settings: DeploySettings): Finding[] {
  return [
    ...storageFindings(snapshot.storageClasses, settings),
    nodeFindings(snapshot, settings),
    traefikFinding(snapshot),
    ...secretFindings(snapshot, settings),
    mailFinding(snapshot, settings),
    imageFinding(settings),
  ];
}

/** Prints the findings; every failed one becomes a line of the error. */
export function reportFindings(findings: readonly Finding[], print: (line: string) => void): void {
  for (const f of findings) print(`preflight ${f.ok ? 'ok  ' : 'FAIL'} ${f.sentence}`);
  const failed = findings.filter((f) => !f.ok).map((f) => f.sentence);
  if (failed.length > 0) throw new CliError(failed.join('\n'));
}
