import { mkdir } from 'node:fs/promises';
import { hostFor, routesFor } from '@aneis/deploy';
import { startEdgeRouter, type RunningEdgeRouter } from '../edge/edge-router.js';
import { createMailViewer } from '../mail-viewer/mail-viewer.js';
import type { RunningSpaServer } from '../static/spa-server.js';
import { ProcessGroup } from '../supervisor/process-group.js';
import type { ChildGuard } from '../supervisor/reaper.js';
import type { ProcessEvent } from '../supervisor/supervised-process.js';
import type { Writable } from 'node:stream';
import { redisReachable } from './check-redis.js';
import { chooseRedis, IN_MEMORY_REDIS_URL } from './redis-choice.js';
import { localComponents, unbuiltComponents } from './local-components.js';
import { seedDemoData, type SeedReport } from './seed-demo-data.js';
import { originFor, serverEnv, type SharedServerEnv } from './server-env.js';
import { sessionSecretFor } from './session-secret.js';
import { createPools, startComponents } from './start-components.js';
import { startDatabase, type StackDatabase } from './start-database.js';
import type { StackSettings } from './stack-settings.js';
import { MAIL_VIEWER_SUBDOMAIN, stackUrls, type StackUrls } from './stack-urls.js';

export interface StackProcess {
  readonly name: string;
  readonly pid: number;
}

export interface RunningStack {
  readonly edgePort: number;
  readonly urls: StackUrls;
  readonly database: Pick<StackDatabase, 'engine' | 'uri' | 'summary'>;
  /** False: the servers run with REDIS_URL=memory:// (in-process state). */
  readonly redis: boolean;
  /** Instances of each server actually running (1 without Redis, whatever was asked). */
  readonly replicas: number;
  readonly seed: SeedReport;
  /** Components skipped because their build output is missing. */
  readonly unbuilt: readonly string[];
  /** The orchestrator itself and every child it runs. */
  processes(): readonly StackProcess[];
  /** Edge first (no new requests), then every child (they drain), then the database. */
  stop(): Promise<void>;
}

export interface StartStackOptions {
  readonly print: (line: string) => void;
  readonly colour?: boolean;
  /** Stops every child (and the mongod) should the orchestrator die without doing so. */
  readonly guard?: ChildGuard;
  /** Where the children's prefixed output goes; default the process's own. */
  readonly stdout?: Writable;
  readonly stderr?: Writable;
}

/** Starts the whole shop as `npm start` does; resolves once every component is ready. */
export async function startStack(
  settings: StackSettings,
  options: StartStackOptions,
): Promise<RunningStack> {
  const { print } = options;
  const children = { guard: options.guard, stdout: options.stdout, stderr: options.stderr };
  const group = new ProcessGroup((event) => print(describe(event)), children);
  let database: StackDatabase | undefined;
  let edge: RunningEdgeRouter | undefined;
  let pools: ReturnType<typeof createPools> = new Map();
  let staticServers: readonly RunningSpaServer[] = [];
  const stop = async (): Promise<void> => {
    for (const pool of pools.values()) pool.stop();
    await edge?.close();
    await Promise.all([group.stopAll(), ...staticServers.map((s) => s.close())]);
    await database?.stop();
  };

  try {
    await mkdir(settings.mailOutboxDir, { recursive: true });
    database = await startDatabase({ settings, env: process.env, print, guard: options.guard });
    const redisChoice = chooseRedis({
      redisUrl: settings.redisUrl,
      reachable:
        settings.redisUrl !== IN_MEMORY_REDIS_URL && (await redisReachable(settings.redisUrl)),
      replicas: settings.replicas,
    });
    for (const notice of redisChoice.notices) print(notice);

    const unbuilt = unbuiltComponents(settings.root);
    for (const c of unbuilt) print(`${c.name}: NOT BUILT (${c.builtMarker} missing), skipped`);
    const skipped = new Set(unbuilt.map((c) => c.name));
    const components = localComponents().filter((c) => !skipped.has(c.name));
    // In memory mode the servers' readiness no longer waits for Redis.
    const probeOn = 'readiness';
    pools = createPools(components, probeOn, (id, healthy, reason) =>
      print(healthy ? `${id} is back in rotation` : `${id} taken out of rotation (${reason})`),
    );
    // Bound first: a taken port fails the start at once, and the servers learn their origin.
    edge = await startEdgeRouter({
      routes: routesFor(settings.baseDomain),
      pools,
      port: settings.edgePort,
      localSites: new Map([
        [
          hostFor(MAIL_VIEWER_SUBDOMAIN, settings.baseDomain),
          createMailViewer({ outboxDir: settings.mailOutboxDir }),
        ],
      ]),
    });
    const shared: SharedServerEnv = {
      mongodbUri: database.uri,
      redisUrl: redisChoice.redisUrl,
      sessionSecret: await sessionSecretFor(settings.dataDir),
      dataDir: settings.dataDir,
      mailOutboxDir: settings.mailOutboxDir,
      webOrigin: originFor(settings.baseDomain, edge.port),
      shoppingOrigin: originFor(hostFor('shopping', settings.baseDomain), edge.port),
      managementOrigin: originFor(hostFor('management', settings.baseDomain), edge.port),
    };

    const seed = await seedDemoData({
      root: settings.root,
      env: serverEnv(process.env, 'management-server', 0, shared),
      seedAdmin: settings.seedAdmin,
      print,
      ...children,
    });

    staticServers = await startComponents({
      root: settings.root,
      replicas: redisChoice.replicas,
      components,
      group,
      shared,
      probeServersOn: probeOn,
      pools,
      colour: options.colour ?? false,
    });
    for (const c of components.filter((c) => c.runner === 'static')) print(`${c.name} ready`);
    for (const pool of pools.values()) pool.start();
    print(`edge router ready on port ${edge.port}`);

    return {
      edgePort: edge.port,
      urls: stackUrls(settings.baseDomain, edge.port),
      database: { engine: database.engine, uri: database.uri, summary: database.summary },
      redis: !redisChoice.inMemory,
      replicas: redisChoice.replicas,
      seed,
      unbuilt: unbuilt.map((c) => c.name),
      processes: () => [
        { name: 'local-stack', pid: process.pid },
        ...(database?.pid === undefined ? [] : [{ name: 'mongod', pid: database.pid }]),
        ...group
          .list()
          .flatMap((p) => (p.pid === undefined ? [] : [{ name: p.spec.name, pid: p.pid }])),
      ],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function describe(event: ProcessEvent): string {
  switch (event.kind) {
    case 'ready':
      return `${event.name} ready (pid ${event.pid}, ${event.ms} ms)`;
    case 'exited':
      return `${event.name} EXITED unexpectedly (${event.signal ?? `code ${event.code}`})`;
    case 'restarting':
      return `${event.name} restarting in ${event.inMs / 1000} s (attempt ${event.attempt})`;
    case 'failed':
      return `${event.name} failed to restart: ${event.message}`;
  }
}
