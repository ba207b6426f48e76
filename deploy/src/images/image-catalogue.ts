import { mongoInitScript } from '../config-files/mongo-init-script.js';
import { mongoInitScriptKey } from '../manifests/mongodb.js';
import { redisConfigData } from '../manifests/redis.js';
import { rsyslogConfigData } from '../manifests/rsyslog.js';
import { nginxHeadersFile, nginxHeadersSnippet } from '../security-headers/nginx-headers.js';
import type { DeploySettings } from '../settings/settings.js';
import { componentList } from '../topology/topology.js';
import type { ComponentName } from '../topology/topology-types.js';

/** One image the release runs: its Dockerfile under docker/ and what goes into its context. */
export interface ImageSpec {
  readonly name: string;
  readonly dockerfile: string;
  /** Generated files handed to the build as the named context "config". */
  readonly configFiles?: (settings: DeploySettings) => Record<string, string>;
}

/** The webclients' default headers, for these settings' hosts (the cluster mounts its own). */
const webclientHeaders = (app: ComponentName) => (settings: DeploySettings) => ({
  [nginxHeadersFile]: nginxHeadersSnippet(app, settings),
});

const generated: Record<string, (settings: DeploySettings) => Record<string, string>> = {
  mongodb: () => ({ [mongoInitScriptKey]: mongoInitScript }),
  redis: redisConfigData,
  rsyslog: rsyslogConfigData,
  'shopping-webclient': webclientHeaders('shopping-webclient'),
  'management-webclient': webclientHeaders('management-webclient'),
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
