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

function serverSecret(server: string, prefix: string): SecretSpec {
  return {
    name: serverSecretName(server),
    description: `${server}: session signing key and mail API key`,
    keys: [
      { key: 'SESSION_SECRET', env: `${prefix}_SESSION_SECRET`, source: { generate: 'password' } },
      { key: 'SENDGRID_API_KEY', env: `${prefix}_SENDGRID_API_KEY`, source: { optional: true } },
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
  serverSecret('shopping-server', 'SHOPPING'),
  serverSecret('management-server', 'MANAGEMENT'),
];
