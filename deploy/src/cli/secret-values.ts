import { randomBytes } from 'node:crypto';
import type { SecretKeySpec, SecretSpec } from '../manifests/secret-catalogue.js';
import { CliError } from './run-cli.js';

export type ValueOrigin = 'given' | 'kept' | 'generated' | 'default' | 'absent';

export interface ResolvedKey {
  readonly key: string;
  readonly value: string | undefined;
  readonly origin: ValueOrigin;
}

/**
 * Strong random values. Passwords are URL- and config-safe (base64url) because they end up in
 * a MongoDB connection string and in redis.conf; the keyfile is what mongod expects.
 */
export function generate(kind: 'password' | 'keyfile' | 'token'): string {
  switch (kind) {
    case 'password':
      return randomBytes(36).toString('base64url');
    case 'keyfile':
      return randomBytes(756).toString('base64').slice(0, 1008);
    case 'token':
      return `CONFIG_${randomBytes(16).toString('hex')}`;
  }
}

const safeValue = /^[A-Za-z0-9._~-]+$/;

/** Given values must survive a URI and a config file unquoted; say so rather than break later. */
function checkGiven(spec: SecretKeySpec, value: string): string {
  if ('generate' in spec.source && spec.source.generate === 'keyfile') {
    if (!/^[A-Za-z0-9+/=\s]{6,1024}$/.test(value)) {
      throw new CliError(`${spec.env} must be 6 to 1024 base64 characters (a MongoDB keyfile).`);
    }
    return value;
  }
  // optional values (API keys, an e-mail) only ever reach a variable as they are
  if ('optional' in spec.source) {
    if (!/^\S+$/.test(value)) throw new CliError(`${spec.env} must not contain spaces.`);
    return value;
  }
  if (!safeValue.test(value)) {
    throw new CliError(
      `${spec.env} may only use letters, digits and . _ ~ - (it goes into URIs and config files).`,
    );
  }
  if ('generate' in spec.source && spec.source.generate === 'password' && value.length < 32) {
    throw new CliError(`${spec.env} must be at least 32 characters long.`);
  }
  return value;
}

/** Given (env or file) beats what the cluster has, which beats a default or a fresh value. */
export function resolveKeys(
  secret: SecretSpec,
  given: Record<string, string | undefined>,
  existing: Record<string, string>,
): ResolvedKey[] {
  return secret.keys.map((spec) => {
    const provided = given[spec.env];
    if (provided !== undefined && provided !== '') {
      return { key: spec.key, value: checkGiven(spec, provided), origin: 'given' };
    }
    const current = existing[spec.key];
    if (current !== undefined) return { key: spec.key, value: current, origin: 'kept' };
    if ('default' in spec.source)
      return { key: spec.key, value: spec.source.default, origin: 'default' };
    if ('optional' in spec.source) return { key: spec.key, value: undefined, origin: 'absent' };
    return { key: spec.key, value: generate(spec.source.generate), origin: 'generated' };
  });
}
