import { mongoInitScript } from '../config-files/mongo-init-script.js';
import { mongoInitScriptKey } from '../manifests/mongodb.js';
import { redisConfigData } from '../manifests/redis.js';
import { rsyslogConfigData } from '../manifests/rsyslog.js';
import { componentList } from '../topology/topology.js';

/** One image the release runs: its Dockerfile under docker/ and what goes into its context. */
export interface ImageSpec {
  readonly name: string;
  readonly dockerfile: string;
  /** Generated files handed to the build as the named context "config" (infra images). */
  readonly configFiles?: () => Record<string, string>;
}

const generated: Record<string, () => Record<string, string>> = {
  mongodb: () => ({ [mongoInitScriptKey]: mongoInitScript }),
  redis: redisConfigData,
  rsyslog: rsyslogConfigData,
};

/** Every distinct image of the topology (Redis and its Sentinels share one). */
export function imageCatalogue(): ImageSpec[] {
  const names = [...new Set(componentList().map((c) => c.image))];
  return names.map((name) => {
    const configFiles = generated[name];
    return {
      name,
      dockerfile: `docker/${name}.Dockerfile`,
      ...(configFiles ? { configFiles } : {}),
    };
  });
}
