import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { topology, type ComponentName } from '@aneis/deploy';

/**
 * How each component the edge routes to runs locally: the servers and the website as their own
 * Node processes (the servers `replicas` times), the webclients' built files from a static server
 * inside the orchestrator (in the cluster, a small web server pod does the same).
 */
export type LocalRunner = 'server' | 'process' | 'static';

export interface LocalComponent {
  readonly name: ComponentName;
  readonly runner: LocalRunner;
  /** `dist/main.js` for processes, the `dist/` folder for static files, from the repo root. */
  readonly entry: string;
  /** What must exist for the component to run: the entry itself or the folder's index.html. */
  readonly builtMarker: string;
  readonly readinessPath: string;
  readonly livenessPath: string;
}

const RUNNERS: ReadonlyArray<readonly [ComponentName, LocalRunner]> = [
  ['shopping-server', 'server'],
  ['management-server', 'server'],
  ['website', 'process'],
  ['shopping-webclient', 'static'],
  ['management-webclient', 'static'],
];

export function localComponents(): readonly LocalComponent[] {
  return RUNNERS.map(([name, runner]) => {
    const dist = `apps/${name}/dist`;
    const entry = runner === 'static' ? dist : `${dist}/main.js`;
    const health = topology[name].health;
    return {
      name,
      runner,
      entry,
      builtMarker: runner === 'static' ? `${dist}/index.html` : entry,
      readinessPath: health?.readiness ?? '/healthz',
      livenessPath: health?.liveness ?? '/healthz',
    };
  });
}

/** The components whose build output is missing under `root`. */
export function unbuiltComponents(root: string): readonly LocalComponent[] {
  return localComponents().filter((c) => !existsSync(join(root, c.builtMarker)));
}
