import { join } from 'node:path';
import { UpstreamPool } from '../edge/upstream-pool.js';
import { startSpaServer, type RunningSpaServer } from '../static/spa-server.js';
import { freePort } from '../supervisor/free-port.js';
import { labelFor } from '../supervisor/prefix-lines.js';
import type { ProcessGroup } from '../supervisor/process-group.js';
import type { ProcessSpec } from '../supervisor/supervised-process.js';
import type { LocalComponent } from './local-components.js';
import { serverEnv, type ServerApp, type SharedServerEnv } from './server-env.js';
import { webclientHeaders } from './webclient-headers.js';

export interface ComponentsContext {
  readonly root: string;
  readonly replicas: number;
  readonly components: readonly LocalComponent[];
  readonly group: ProcessGroup;
  readonly shared: SharedServerEnv;
  /** Without Redis the servers never turn ready, so they are probed on liveness instead. */
  readonly probeServersOn: ProbeTarget;
  /** From `createPools`: each instance joins its pool once ready. */
  readonly pools: ReadonlyMap<string, UpstreamPool>;
  readonly colour: boolean;
}

export type ProbeTarget = 'readiness' | 'liveness';

interface PlannedProcess {
  readonly component: LocalComponent;
  readonly id: string;
  readonly port: number;
  readonly healthPath: string;
}

function healthPathOf(component: LocalComponent, probeOn: ProbeTarget): string {
  return component.runner === 'server' && probeOn === 'liveness'
    ? component.livenessPath
    : component.readinessPath;
}

/** One empty pool per component; the edge router can serve (502) before any instance is up. */
export function createPools(
  components: readonly LocalComponent[],
  probeOn: ProbeTarget,
  onChange: (id: string, healthy: boolean, reason: string) => void,
): ReadonlyMap<string, UpstreamPool> {
  return new Map(
    components.map((component) => [
      component.name,
      new UpstreamPool(component.name, {
        healthPath: healthPathOf(component, probeOn),
        onChange: (instance, healthy, reason) => onChange(instance.id, healthy, reason),
      }),
    ]),
  );
}

/**
 * Starts every given component and adds each instance, once ready, to its pool. Resolves with
 * the in-process static servers (the processes belong to the group).
 */
export async function startComponents(ctx: ComponentsContext): Promise<RunningSpaServer[]> {
  const { pools } = ctx;
  // The static servers first: the shopping server reads the storefront's page from its own.
  const staticServers: { name: string; server: RunningSpaServer }[] = [];
  for (const component of ctx.components.filter((c) => c.runner === 'static')) {
    const server = await startSpaServer({
      root: join(ctx.root, component.entry),
      port: 0,
      headers: webclientHeaders(component.name, ctx.shared),
    });
    staticServers.push({ name: component.name, server });
    pools
      .get(component.name)
      ?.add({ id: component.name, host: '127.0.0.1', port: server.port }, true);
  }
  const storefront = staticServers.find((s) => s.name === 'shopping-webclient');
  const withShell: ComponentsContext = storefront
    ? {
        ...ctx,
        shared: {
          ...ctx.shared,
          storefrontShellUrl: `http://127.0.0.1:${storefront.server.port}/index.html`,
        },
      }
    : ctx;

  const planned: PlannedProcess[] = [];
  for (const component of ctx.components) {
    const healthPath = healthPathOf(component, ctx.probeServersOn);
    if (component.runner === 'static') continue;
    const count = component.runner === 'server' ? ctx.replicas : 1;
    for (let i = 1; i <= count; i += 1) {
      const id = count > 1 ? `${component.name}#${i}` : component.name;
      planned.push({ component, id, port: await freePort(), healthPath });
    }
  }

  const width = Math.max(...planned.map((p) => p.id.length), 'local-stack'.length);
  await Promise.all(
    planned.map(async (plan, index) => {
      await ctx.group.start(
        processSpec(withShell, plan, labelFor(plan.id, index, width, ctx.colour)),
      );
      pools
        .get(plan.component.name)
        ?.add({ id: plan.id, host: '127.0.0.1', port: plan.port }, true);
    }),
  );

  return staticServers.map((s) => s.server);
}

function processSpec(ctx: ComponentsContext, plan: PlannedProcess, label: string): ProcessSpec {
  const env =
    plan.component.runner === 'server'
      ? serverEnv(process.env, plan.component.name as ServerApp, plan.port, ctx.shared)
      : { ...process.env, PORT: String(plan.port), HOST: '127.0.0.1' };
  return {
    name: plan.id,
    command: process.execPath,
    args: [join(ctx.root, plan.component.entry)],
    env,
    cwd: ctx.root,
    health: { host: '127.0.0.1', port: plan.port, path: plan.healthPath },
    label,
  };
}
