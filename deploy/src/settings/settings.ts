import { iban, trustProxy } from '@aneis/config';
import { mailTemplateSources } from './mail-template-settings.js';

/** The servers that send mail, each with its own SendGrid template ids. */
export type MailServer = 'shopping-server' | 'management-server';
export type MailRendering = 'local' | 'sendgrid-templates';
/** How a webclient routes: `path` (ours) or `hash` (Veniqa's original clients, `/#/` routes). */
export type LinkStyle = 'path' | 'hash';

/** Everything about the target cluster that is not the topology itself. */
export interface DeploySettings {
  readonly baseDomain: string;
  readonly namespace: string;
  /** Image registry host (and optional path), e.g. `registry.example:5000/aneis`. */
  readonly registry: string;
  readonly tag: string;
  /** Secret holding the TLS certificate Traefik serves for every hostname. */
  readonly tlsSecretName: string;
  readonly entryPoints: { readonly http: string; readonly https: string };
  readonly storageClass: string;
  /**
   * How MongoDB's, Redis' and the Sentinels' members are kept on distinct nodes: `required`
   * (at least 3 nodes: one node's loss never takes a majority) or `preferred` (a smaller
   * cluster still schedules, without that guarantee). Deployments are always spread softly.
   */
  readonly affinity: 'required' | 'preferred';
  /** Address the hostnames resolve to (for the /etc/hosts lines). */
  readonly ingressAddress: string;
  /** Where Traefik's pods live, so NetworkPolicies can let them in. */
  readonly traefik: { readonly namespace: string; readonly podLabel: string };
  /**
   * The servers' TRUST_PROXY: the addresses Traefik's requests come from (its pods sit on the
   * pod network). Traefik drops X-Forwarded-For headers sent by clients unless told to trust
   * them, so trusting the private ranges lets the servers see the real client address.
   */
  readonly trustProxy: string;
  /** Where uploaded product images live: a shared ReadWriteMany volume, or an S3 bucket. */
  readonly imageStorage: 'volume' | 's3';
  /** Storage class of the shared image volume; it must offer ReadWriteMany (Longhorn does). */
  readonly sharedStorageClass: string;
  /** Used with `imageStorage: 's3'`; the access keys come from the management server's Secret. */
  readonly s3: { readonly bucket: string; readonly region: string; readonly endpoint: string };
  /**
   * Each server's SendGrid dynamic template ids by variable (`SENDGRID_TEMPLATE_<NAME>`). They
   * are not secrets, so they go to the servers' ConfigMaps where operators can read and diff
   * them; only the API key stays in a Secret.
   */
  readonly mailTemplates: Readonly<Record<MailServer, Readonly<Record<string, string>>>>;
  /**
   * The servers' MAIL_RENDERING: `local` renders our own templates (SendGrid only delivers them);
   * `sendgrid-templates` has SendGrid render its dynamic templates, so the ids above are needed.
   */
  readonly mailRendering: MailRendering;
  /**
   * How the servers write links mailed into each webclient (STOREFRONT_LINK_STYLE,
   * ADMIN_LINK_STYLE): `path` for ours, `hash` when Veniqa's original client is served there.
   */
  readonly linkStyles: { readonly storefront: LinkStyle; readonly admin: LinkStyle };
  /**
   * The account shoppers paying by bank transfer send money to (the shopping server's
   * BANK_TRANSFER_* settings). Empty means unset: the server then shows its demo account, so a
   * real shop must give at least the IBAN and holder.
   */
  readonly bankTransfer: {
    readonly iban: string;
    readonly beneficiary: string;
    readonly deadlineDays: string;
  };
  /**
   * `sha256:…` per image name, as `deploy:images` pushed it for this registry and tag (read from
   * deploy/out/image-digests.json): pods then run exactly the image that was built, whatever
   * the tag is later moved to.
   */
  readonly imageDigests: Readonly<Record<string, string>>;
}

export const defaultSettings: DeploySettings = {
  baseDomain: 'gic-asenhoradosaneis.k3s',
  namespace: 'gic-asenhoradosaneis',
  registry: 'localhost:5000/aneis',
  tag: 'latest',
  tlsSecretName: 'aneis-tls',
  entryPoints: { http: 'web', https: 'websecure' },
  storageClass: 'longhorn',
  affinity: 'required',
  ingressAddress: '193.136.82.36',
  traefik: { namespace: 'kube-system', podLabel: 'app.kubernetes.io/name=traefik' },
  trustProxy: 'uniquelocal',
  imageStorage: 'volume',
  sharedStorageClass: 'longhorn',
  s3: { bucket: '', region: 'us-east-1', endpoint: '' },
  mailTemplates: { 'shopping-server': {}, 'management-server': {} },
  mailRendering: 'local',
  linkStyles: { storefront: 'path', admin: 'path' },
  bankTransfer: { iban: '', beneficiary: '', deadlineDays: '' },
  imageDigests: {},
};

/** One row per setting: its env variable, CLI flag and how to read it. */
export interface SettingSource {
  readonly env: string;
  readonly flag: string;
  readonly help: string;
  readonly apply: (settings: DeploySettings, value: string) => DeploySettings;
}

function affinityFrom(value: string): DeploySettings['affinity'] {
  if (value === 'required' || value === 'preferred') return value;
  throw new Error(`affinity must be "required" or "preferred", not "${value}"`);
}

function imageStorageFrom(value: string): DeploySettings['imageStorage'] {
  if (value === 'volume' || value === 's3') return value;
  throw new Error(`image storage must be "volume" or "s3", not "${value}"`);
}

/** The servers would refuse a TRUST_PROXY their config lib cannot read: refuse it here first. */
function trustProxyFrom(value: string): string {
  if (!trustProxy.safeParse(value).success) {
    throw new Error(
      `trust proxy must be true, false, a hop count or a list of addresses, subnets and ` +
        `loopback/linklocal/uniquelocal, not "${value}"`,
    );
  }
  return value;
}

function mailRenderingFrom(value: string): MailRendering {
  if (value === 'local' || value === 'sendgrid-templates') return value;
  throw new Error(`mail rendering must be "local" or "sendgrid-templates", not "${value}"`);
}

function linkStyleFrom(value: string): LinkStyle {
  if (value === 'path' || value === 'hash') return value;
  throw new Error(
    `link style must be "path" (our webclients) or "hash" (Veniqa's), not "${value}"`,
  );
}

/** The shopping server would refuse to start with a mistyped IBAN: refuse it here first. */
function ibanFrom(value: string): string {
  if (!iban.safeParse(value).success) {
    throw new Error(`bank transfer IBAN "${value}" is not a valid IBAN (the mod-97 check fails)`);
  }
  return value.replace(/\s+/g, '').toUpperCase();
}

function deadlineDaysFrom(value: string): string {
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 60) {
    throw new Error(`bank transfer deadline must be 1 to 60 days, not "${value}"`);
  }
  return value;
}

function labelFrom(value: string): string {
  if (!/^[\w./-]+=[\w.-]+$/.test(value)) throw new Error(`"${value}" is not a key=value label`);
  return value;
}

export const settingSources: readonly SettingSource[] = [
  {
    env: 'DEPLOY_BASE_DOMAIN',
    flag: '--base-domain',
    help: 'base domain of the hostnames',
    apply: (s, v) => ({ ...s, baseDomain: v }),
  },
  {
    env: 'DEPLOY_NAMESPACE',
    flag: '--namespace',
    help: 'Kubernetes namespace',
    apply: (s, v) => ({ ...s, namespace: v }),
  },
  {
    env: 'DEPLOY_REGISTRY',
    flag: '--registry',
    help: 'image registry',
    apply: (s, v) => ({ ...s, registry: v.replace(/\/+$/, '') }),
  },
  { env: 'DEPLOY_TAG', flag: '--tag', help: 'image tag', apply: (s, v) => ({ ...s, tag: v }) },
  {
    env: 'DEPLOY_TLS_SECRET',
    flag: '--tls-secret',
    help: 'TLS Secret name',
    apply: (s, v) => ({ ...s, tlsSecretName: v }),
  },
  {
    env: 'DEPLOY_HTTP_ENTRYPOINT',
    flag: '--http-entrypoint',
    help: 'Traefik http entry point',
    apply: (s, v) => ({ ...s, entryPoints: { ...s.entryPoints, http: v } }),
  },
  {
    env: 'DEPLOY_HTTPS_ENTRYPOINT',
    flag: '--https-entrypoint',
    help: 'Traefik https entry point',
    apply: (s, v) => ({ ...s, entryPoints: { ...s.entryPoints, https: v } }),
  },
  {
    env: 'DEPLOY_STORAGE_CLASS',
    flag: '--storage-class',
    help: 'storage class of the volumes',
    apply: (s, v) => ({ ...s, storageClass: v }),
  },
  {
    env: 'DEPLOY_AFFINITY',
    flag: '--affinity',
    help: 'required | preferred',
    apply: (s, v) => ({ ...s, affinity: affinityFrom(v) }),
  },
  {
    env: 'DEPLOY_INGRESS_ADDRESS',
    flag: '--ingress-address',
    help: 'address for /etc/hosts',
    apply: (s, v) => ({ ...s, ingressAddress: v }),
  },
  {
    env: 'DEPLOY_TRAEFIK_NAMESPACE',
    flag: '--traefik-namespace',
    help: "Traefik's namespace",
    apply: (s, v) => ({ ...s, traefik: { ...s.traefik, namespace: v } }),
  },
  {
    env: 'DEPLOY_TRAEFIK_POD_LABEL',
    flag: '--traefik-pod-label',
    help: "a key=value label of Traefik's pods",
    apply: (s, v) => ({ ...s, traefik: { ...s.traefik, podLabel: labelFrom(v) } }),
  },
  {
    env: 'DEPLOY_TRUST_PROXY',
    flag: '--trust-proxy',
    help: "the servers' TRUST_PROXY (where Traefik's requests come from)",
    apply: (s, v) => ({ ...s, trustProxy: trustProxyFrom(v) }),
  },
  {
    env: 'DEPLOY_MAIL_RENDERING',
    flag: '--mail-rendering',
    help: 'local | sendgrid-templates (who renders the mails)',
    apply: (s, v) => ({ ...s, mailRendering: mailRenderingFrom(v) }),
  },
  {
    env: 'DEPLOY_STOREFRONT_LINK_STYLE',
    flag: '--storefront-link-style',
    help: 'path | hash (links mailed into the storefront; hash for Veniqa’s shopping client)',
    apply: (s, v) => ({ ...s, linkStyles: { ...s.linkStyles, storefront: linkStyleFrom(v) } }),
  },
  {
    env: 'DEPLOY_ADMIN_LINK_STYLE',
    flag: '--admin-link-style',
    help: 'path | hash (links mailed into the admin UI; hash for Veniqa’s management client)',
    apply: (s, v) => ({ ...s, linkStyles: { ...s.linkStyles, admin: linkStyleFrom(v) } }),
  },
  {
    env: 'DEPLOY_BANK_TRANSFER_IBAN',
    flag: '--bank-transfer-iban',
    help: 'IBAN shoppers paying by bank transfer send money to',
    apply: (s, v) => ({ ...s, bankTransfer: { ...s.bankTransfer, iban: ibanFrom(v) } }),
  },
  {
    env: 'DEPLOY_BANK_TRANSFER_BENEFICIARY',
    flag: '--bank-transfer-beneficiary',
    help: 'account holder named in the bank-transfer instructions',
    apply: (s, v) => ({ ...s, bankTransfer: { ...s.bankTransfer, beneficiary: v.trim() } }),
  },
  {
    env: 'DEPLOY_BANK_TRANSFER_DEADLINE_DAYS',
    flag: '--bank-transfer-deadline-days',
    help: 'days a bank transfer has to arrive (1–60)',
    apply: (s, v) => ({
      ...s,
      bankTransfer: { ...s.bankTransfer, deadlineDays: deadlineDaysFrom(v) },
    }),
  },
  {
    env: 'DEPLOY_IMAGE_STORAGE',
    flag: '--image-storage',
    help: 'volume | s3 (where uploaded images live)',
    apply: (s, v) => ({ ...s, imageStorage: imageStorageFrom(v) }),
  },
  {
    env: 'DEPLOY_SHARED_STORAGE_CLASS',
    flag: '--shared-storage-class',
    help: 'ReadWriteMany storage class of the image volume',
    apply: (s, v) => ({ ...s, sharedStorageClass: v }),
  },
  {
    env: 'DEPLOY_S3_BUCKET',
    flag: '--s3-bucket',
    help: 'S3 bucket of the images (with --image-storage s3)',
    apply: (s, v) => ({ ...s, s3: { ...s.s3, bucket: v } }),
  },
  {
    env: 'DEPLOY_S3_REGION',
    flag: '--s3-region',
    help: 'S3 region',
    apply: (s, v) => ({ ...s, s3: { ...s.s3, region: v } }),
  },
  {
    env: 'DEPLOY_S3_ENDPOINT',
    flag: '--s3-endpoint',
    help: 'S3-compatible endpoint URL (empty: AWS)',
    apply: (s, v) => ({ ...s, s3: { ...s.s3, endpoint: v.replace(/\/+$/, '') } }),
  },
  ...mailTemplateSources,
];
