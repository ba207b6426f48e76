import { routeKey, type RouteContract } from '@aneis/contracts';
import type { ParsedUrlQuery } from 'node:querystring';
import type { Request, RequestHandler, Response, Router } from 'express';
import type { JsonRoute } from '../json-routes.js';
import { parseRouteInput, type ParsedInput } from './parse-input.js';
import {
  fastStepsOf,
  specOf,
  type FastRoute,
  type RouteEntry,
  type RouteSpec,
} from './route-entry.js';
import type { ContractOf, RouteKeyOf } from './route-types.js';
import { sendResult } from './send-result.js';

/**
 * One entry per route of the contracts, keyed `"METHOD /path"`: a missing or extra key fails
 * typechecking (and start-up, see checkTable).
 */
export type RouteTable<Routes extends readonly RouteContract[], Ctx> = {
  [K in RouteKeyOf<Routes>]: RouteEntry<ContractOf<Routes, K>, Ctx>;
};

export interface DeclareOptions<Ctx> {
  /**
   * Who may call: the middleware enforcing a contract's `auth` and `permissions`, the same for
   * every route of a server (login checks, permission checks, loading the caller).
   */
  access(contract: RouteContract): readonly RequestHandler[];
  /** What handlers may know of the request beyond its parsed input. */
  contextOf(req: Request, res: Response): Ctx;
}

export interface DeclaredRoutes {
  /** The fast routes, for createHttpApp's `jsonRoutes` (lane and Express, before sessions). */
  fastRoutes: readonly JsonRoute[];
  /** Mounts every other route on the router: before → access → parse → handle → send. */
  mount(router: Router): void;
}

/**
 * A server's routes from its contracts and its table: input parsing, access and the answer's
 * format come from the contract, the table adds only the handler (and, rarely, options).
 */
export function declaredRoutes<const Routes extends readonly RouteContract[], Ctx>(
  contracts: Routes,
  table: NoInfer<RouteTable<Routes, Ctx>>,
  options: DeclareOptions<Ctx>,
): DeclaredRoutes {
  const entries = table as unknown as Readonly<Record<string, RouteEntry<unknown, Ctx>>>;
  checkTable(contracts, entries);
  const fastRoutes: JsonRoute[] = [];
  const others: Array<{ contract: RouteContract; spec: RouteSpec<unknown, Ctx> }> = [];
  for (const contract of contracts) {
    const entry = entries[routeKey(contract)];
    // checkTable has refused a table without an entry per contract; this only narrows the type.
    if (!entry) throw new Error(`no entry for ${routeKey(contract)}`);
    const fast = fastStepsOf(entry);
    if (fast) fastRoutes.push(laneRouteOf(contract, fast));
    else others.push({ contract, spec: specOf(entry) });
  }
  return {
    fastRoutes,
    mount(router) {
      for (const { contract, spec } of others) {
        const method = contract.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
        router[method](
          contract.path,
          ...(spec.before ?? []),
          ...options.access(contract),
          async (req: Request, res: Response) => {
            const ctx = options.contextOf(req, res);
            let input: ParsedInput;
            try {
              input = parseRouteInput(contract, req, spec.missingMessage);
            } catch (error) {
              if (!spec.onInvalidInput) throw error;
              sendResult(res, contract, await spec.onInvalidInput(ctx));
              return;
            }
            // The table's types tie each handler to its contract's schemas; here they are erased.
            const handle = spec.handle as (input: ParsedInput, ctx: Ctx) => unknown;
            sendResult(res, contract, await handle(input, ctx));
          },
        );
      }
    },
  };
}

/** Start-up refuses a table that does not match its contracts one to one. */
export function checkTable(
  contracts: readonly RouteContract[],
  entries: Readonly<Record<string, unknown>>,
): void {
  const declared = new Set(contracts.map((contract) => routeKey(contract)));
  const missing = [...declared].filter((key) => entries[key] === undefined);
  const extra = Object.keys(entries).filter((key) => !declared.has(key));
  const problems = [
    ...(missing.length > 0 ? [`no handler for ${missing.join(', ')}`] : []),
    ...(extra.length > 0 ? [`no contract for ${extra.join(', ')}`] : []),
  ];
  for (const contract of contracts) {
    const entry = entries[routeKey(contract)];
    if (entry === undefined || !fastStepsOf(entry as RouteEntry<unknown, unknown>)) continue;
    // The lane has no session and reads only a query or a JSON body.
    if (contract.auth !== 'public' || contract.method === 'PUT' || contract.method === 'DELETE') {
      problems.push(`${routeKey(contract)} cannot be a fast route (public GET or POST only)`);
    }
    if (contract.request?.params || (contract.format ?? 'envelope') !== 'envelope') {
      problems.push(`${routeKey(contract)} cannot be a fast route (no path parameters, envelope)`);
    }
  }
  if (problems.length > 0)
    throw new Error(`route table does not match its contracts: ${problems.join('; ')}`);
}

type FastSteps = FastRoute<unknown>[keyof FastRoute<unknown>];

function laneRouteOf(contract: RouteContract, entry: FastSteps): JsonRoute {
  const handle = entry.handle as (prepared: unknown) => string | Promise<string>;
  return {
    method: contract.method as 'GET' | 'POST',
    path: contract.path,
    prepare: ({ query, body }: { query: ParsedUrlQuery; body: unknown }) =>
      entry.prepare(parseRouteInput(contract, { query, body }) as never),
    handle,
  };
}
