import type { AppName } from '@aneis/config';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';

/**
 * Every Secret the release reads. The manifests only reference them; `deploy:secrets` creates
 * them from the environment or deploy/secrets.env, generating what is not given.
 */
export type SecretValueSource =
  | { readonly generate: 'password' }
  | { readonly generate: 'keyfile' }
  | { readonly generate: 'token' }
  | { readonly default: string }
  | { readonly optional: true };

export interface SecretKeySpec {
  readonly key: string;
  /** Variable read from the environment or deploy/secrets.env. */
  readonly env: string;
  readonly source: SecretValueSource;
}

export interface SecretSpec {
  readonly name: string;
  readonly description: string;
  readonly keys: readonly SecretKeySpec[];
}

export const mongoSecret = {
  name: 'mongodb-credentials',
  rootUser: 'root-username',
  rootPassword: 'root-password',
  appUser: 'app-username',
  appPassword: 'app-password',
  keyfile: 'keyfile',
} as const;

export const redisSecret = {
  name: 'redis-credentials',
  password: 'password',
  configCommand: 'config-command',
} as const;

export const serverSecretName = (server: string): string => `${server}-secrets`;

/** A variable read from one key of a Secret, so its value never sits in a manifest. */
export function secretKeyEnv(name: string, secret: string, key: string): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

/** A variable read from the MongoDB credentials. */
export const mongoSecretEnv = (name: string, key: string): IEnvVar =>
  secretKeyEnv(name, mongoSecret.name, key);

/** A key the server reads under the same name, given as `<PREFIX>_<NAME>`. */
function serverKey(prefix: string, key: string, source: SecretValueSource): SecretKeySpec {
  return { key, env: `${prefix}_${key}`, source };
}

function serverSecret(server: AppName, prefix: string, extra: SecretKeySpec[]): SecretSpec {
  return {
    name: serverSecretName(server),
    description: `${server}: signing keys, mail API key, provider keys`,
    keys: [
      serverKey(prefix, 'SESSION_SECRET', { generate: 'password' }),
      ...extra,
      // only the key: its template ids are not secret and sit in the ConfigMap (app-config.ts)
      serverKey(prefix, 'SENDGRID_API_KEY', { optional: true }),
    ],
  };
}

export const secretCatalogue: readonly SecretSpec[] = [
  {
    name: mongoSecret.name,
    description: 'MongoDB root and application users, and the replica-set keyfile',
    keys: [
      { key: mongoSecret.rootUser, env: 'MONGODB_ROOT_USERNAME', source: { default: 'root' } },
      {
        key: mongoSecret.rootPassword,
        env: 'MONGODB_ROOT_PASSWORD',
        source: { generate: 'password' },
      },
      { key: mongoSecret.appUser, env: 'MONGODB_APP_USERNAME', source: { default: 'aneis' } },
      {
        key: mongoSecret.appPassword,
        env: 'MONGODB_APP_PASSWORD',
        source: { generate: 'password' },
      },
      { key: mongoSecret.keyfile, env: 'MONGODB_KEYFILE', source: { generate: 'keyfile' } },
    ],
  },
  {
    name: redisSecret.name,
    description: 'Redis password and the secret name CONFIG is renamed to',
    keys: [
      { key: redisSecret.password, env: 'REDIS_PASSWORD', source: { generate: 'password' } },
      {
        key: redisSecret.configCommand,
        env: 'REDIS_CONFIG_COMMAND',
        source: { generate: 'token' },
      },
    ],
  },
  serverSecret('shopping-server', 'SHOPPING', [
    serverKey('SHOPPING', 'STRIPE_SECRET_KEY', { optional: true }),
    serverKey('SHOPPING', 'KHALTI_SECRET_KEY', { optional: true }),
  ]),
  serverSecret('management-server', 'MANAGEMENT', [
    // signs image upload URLs; the server refuses to start in production without 32+ characters
    serverKey('MANAGEMENT', 'IMAGE_URL_SECRET', { generate: 'password' }),
    serverKey('MANAGEMENT', 'S3_ACCESS_KEY_ID', { optional: true }),
    serverKey('MANAGEMENT', 'S3_SECRET_ACCESS_KEY', { optional: true }),
    serverKey('MANAGEMENT', 'SEED_ADMIN_EMAIL', { optional: true }),
    serverKey('MANAGEMENT', 'SEED_ADMIN_PASSWORD', { optional: true }),
    // card refunds (cancellations, returns) are executed through Stripe with the shop's key
    serverKey('MANAGEMENT', 'STRIPE_SECRET_KEY', { optional: true }),
  ]),
];
