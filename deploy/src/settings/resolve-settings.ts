import { defaultSettings, settingSources, type DeploySettings } from './settings.js';

export interface ResolvedArgs {
  readonly settings: DeploySettings;
  /** Flags that are not settings (e.g. `--dry-run`, `--yes`), for the command to interpret. */
  readonly rest: readonly string[];
}

/**
 * Defaults, then environment variables, then CLI flags (`--flag value` or `--flag=value`):
 * the later source wins, so a one-off flag beats a shell's exported variable.
 */
export function resolveSettings(
  argv: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
  base: DeploySettings = defaultSettings,
): ResolvedArgs {
  let settings = base;
  for (const source of settingSources) {
    const value = env[source.env];
    if (value !== undefined && value !== '') settings = source.apply(settings, value);
  }
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const source = settingSources.find((s) => s.flag === flag);
    if (!source) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
    settings = source.apply(settings, value);
  }
  checkSettings(settings);
  return { settings, rest };
}

/** Rules between settings, checked once every source has had its say. */
function checkSettings(settings: DeploySettings): void {
  if (settings.imageStorage === 's3' && settings.s3.bucket === '') {
    throw new Error('image storage "s3" needs a bucket (--s3-bucket or DEPLOY_S3_BUCKET)');
  }
  if (settings.s3.endpoint !== '' && !URL.canParse(settings.s3.endpoint)) {
    throw new Error(`the S3 endpoint must be a URL, not "${settings.s3.endpoint}"`);
  }
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

/** `registry/name:tag`: what deploy:images builds and pushes. */
export function taggedImage(settings: DeploySettings, image: string): string {
  return `${settings.registry}/${image}:${settings.tag}`;
}

/**
 * The reference pods run: `registry/name:tag@sha256:…` when deploy:images recorded the digest it
 * pushed (the kubelet then pulls exactly that image; the tag is only for people), else the tag.
 */
export function imageRef(settings: DeploySettings, image: string): string {
  const digest = settings.imageDigests[image];
  return digest ? `${taggedImage(settings, image)}@${digest}` : taggedImage(settings, image);
}

/** A moving tag (`latest`) without a digest must be pulled each time; anything fixed once. */
export function imagePullPolicy(
  settings: DeploySettings,
  image: string,
): 'Always' | 'IfNotPresent' {
  return settings.tag === 'latest' && !settings.imageDigests[image] ? 'Always' : 'IfNotPresent';
}
