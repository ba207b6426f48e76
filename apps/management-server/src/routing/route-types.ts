import type { managementRoutes } from '@aneis/contracts';
import type { z } from 'zod';
import type { HandlerContext } from './handler-context.js';

/** One entry of the management route table, with its literal method, path and schemas. */
export type ManagementRoute = (typeof managementRoutes)[number];

type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string }
  ? `${M} ${P}`
  : never;

/** `"POST /catalog/search"`: how handlers are looked up. */
export type ManagementRouteKey = KeyOf<ManagementRoute>;

export type RouteByKey<K extends ManagementRouteKey> = ManagementRoute extends infer R
  ? R extends ManagementRoute
    ? KeyOf<R> extends K
      ? R
      : never
    : never
  : never;

type Part<R, P extends 'body' | 'query' | 'params'> = R extends {
  request: { [Q in P]: infer S extends z.ZodType };
}
  ? z.output<S>
  : undefined;

/** The request as the contract's schemas output it (validated, normalised). */
export interface RouteInput<R> {
  body: Part<R, 'body'>;
  query: Part<R, 'query'>;
  params: Part<R, 'params'>;
}

/**
 * Turns validated input into the success payload. Handlers are thin: they pick the input apart
 * and call one domain function. Responses are not typed against the contract here (documents
 * carry Dates and ObjectIds that serialise to the contract's strings); the component tests parse
 * every success body with the contract's response schema instead.
 */
export type RouteHandler<R> = (input: RouteInput<R>, ctx: HandlerContext) => Promise<unknown>;

/** Exactly one handler per route of the contract: a missing one fails typechecking. */
export type HandlerTable = { [K in ManagementRouteKey]: RouteHandler<RouteByKey<K>> };
