import { Agent, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { EdgeRoute } from '@aneis/deploy';
import { sendEdgeFailure } from './edge-failure.js';
import { forwardedHeaders } from './forwarded-headers.js';
import { listenOnLoopback, type LoopbackListener } from './listen-on-loopback.js';
import { proxyOnce } from './proxy-once.js';
import { hostWithoutPort, matchRoute } from './route-table.js';
import type { UpstreamInstance, UpstreamPool } from './upstream-pool.js';

// Retrying these cannot repeat a side effect the client did not ask for (RFC 9110 §9.2.2).
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export interface EdgeRouterOptions {
  /** From `routesFor(baseDomain)`: the same table the cluster's ingress is generated from. */
  readonly routes: readonly EdgeRoute[];
  /** One pool per component that routes point at. */
  readonly pools: ReadonlyMap<string, UpstreamPool>;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 30 s. */
  readonly upstreamTimeoutMs?: number;
  /**
   * Local-only tools (the mail viewer) by host name, answered in this process. They are not in
   * the topology: the cluster has no such host.
   */
  readonly localSites?: ReadonlyMap<string, RequestListener>;
}

export interface RunningEdgeRouter {
  readonly port: number;
  /** Stops accepting, lets open exchanges finish for up to `graceMs`, then cuts the rest. */
  close(graceMs?: number): Promise<void>;
}

/**
 * The local stand-in for the cluster's Traefik ingress: routes on Host and path exactly as the
 * IngressRoutes do, forwards with Traefik's X-Forwarded-* headers, and spreads requests over the
 * healthy instances of each component.
 */
export async function startEdgeRouter(options: EdgeRouterOptions): Promise<RunningEdgeRouter> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const timeoutMs = options.upstreamTimeoutMs ?? 30_000;
  let edgePort = options.port;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const localSite = options.localSites?.get(hostWithoutPort(req.headers.host) ?? '');
    if (localSite) {
      localSite(req, res);
      return;
    }
    const match = matchRoute(options.routes, req.headers.host, req.url);
    if (!match) {
      sendEdgeFailure(
        res,
        404,
        'NO_ROUTE',
        `no route for ${req.headers.host ?? '?'}${req.url ?? ''}`,
      );
      return;
    }
    const component = match.route.component;
    const pool = options.pools.get(component);
    const headers = forwardedHeaders(req, { edgePort, strippedPrefix: match.strippedPrefix });
    const tried = new Set<string>();
    const maxAttempts = IDEMPOTENT.has(req.method ?? '') ? 2 : 1;
    // An instance whose kept-alive connection broke before answering: the connection, not the
    // instance, failed, so when no other instance is left it takes the retry on a new one.
    let resetBy: UpstreamInstance | undefined;
    let attempts = 0;
    while (pool && attempts < maxAttempts) {
      const target = pool.pick(tried) ?? resetBy;
      if (!target) break;
      resetBy = undefined;
      attempts += 1;
      tried.add(target.id);
      const outcome = await proxyOnce({
        req,
        res,
        target,
        url: match.upstreamUrl,
        headers,
        agent,
        timeoutMs,
      });
      if (outcome === 'done') return;
      if (outcome === 'refused') pool.markDown(target.id, 'connection refused');
      if (outcome === 'reset') resetBy = target;
    }
    const reason =
      tried.size === 0
        ? `no healthy instance of ${component}`
        : `no instance of ${component} accepted the request`;
    sendEdgeFailure(res, 502, 'NO_UPSTREAM', reason);
  };

  const listener: RequestListener = (req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendEdgeFailure(
        res,
        502,
        'EDGE_ERROR',
        error instanceof Error ? error.message : String(error),
      );
    });
  };
  const server: LoopbackListener = await listenOnLoopback(listener, options.port);
  edgePort = server.port;

  return {
    port: server.port,
    close: async (graceMs = 2_000) => {
      await server.close(graceMs);
      agent.destroy();
    },
  };
}
