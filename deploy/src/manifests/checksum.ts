import { createHash } from 'node:crypto';

/**
 * A pod-template annotation whose value changes whenever the config it mounts changes, so a
 * config edit rolls the pods instead of leaving them on the old values.
 */
export function configChecksum(...configs: readonly unknown[]): Record<string, string> {
  const hash = createHash('sha256').update(JSON.stringify(configs)).digest('hex');
  return { 'checksum/config': hash };
}
