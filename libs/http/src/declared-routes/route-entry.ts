import type { RequestHandler } from 'express';
import type { RouteInput } from './route-types.js';

/**
 * Turns validated input into the success payload, sent in the contract's format. Handlers are
 * thin: they pick the input apart and call one domain function. A handler that answered by
 * itself (Veniqa's plain-text login failures) leaves nothing more to send.
 */
export type RouteHandler<R, Ctx> = (input: RouteInput<R>, ctx: Ctx) => unknown;

/** A handler with what a few routes need around it. */
export interface RouteSpec<R, Ctx> {
  handle: RouteHandler<R, Ctx>;
  /** Middleware before access and parsing (a stricter limiter, a foreign-origin refusal). */
  before?: readonly RequestHandler[];
  /** Veniqa's sentence when a required field is absent altogether (see parseInput). */
  missingMessage?: string;
  /** What an input the contract refuses answers instead of the 400 envelope. */
  onInvalidInput?: (ctx: Ctx) => unknown;
}

const FAST = Symbol('fast route');

/**
 * A public GET or POST answered on the fast lane (see createFastLane): `prepare` gets the parsed
 * input and returns what `handle` needs (a cache key, say); the lane remembers it per distinct
 * query or body text, so it must depend on the input alone. `handle` answers the JSON text of
 * the envelope's `responseData`, without a promise when it can (a cache hit in this process).
 */
export interface FastRoute<R> {
  // Behind a symbol: a `{ handle }` entry is never read as a fast route, by people or the checker.
  readonly [FAST]: {
    prepare(input: RouteInput<R>): unknown;
    handle(prepared: never): string | Promise<string>;
  };
}

export function fastRoute<R, P>(spec: {
  prepare: (input: RouteInput<R>) => P;
  handle: (prepared: P) => string | Promise<string>;
}): FastRoute<R> {
  return { [FAST]: { prepare: spec.prepare, handle: spec.handle as (prepared: never) => string } };
}

/** One route's declaration: a plain handler, a handler with options, or a fast route. */
export type RouteEntry<R, Ctx> = RouteHandler<R, Ctx> | RouteSpec<R, Ctx> | FastRoute<R>;

/** The lane's two steps of a fast entry, or undefined for any other entry. */
export function fastStepsOf<Ctx>(
  entry: RouteEntry<unknown, Ctx>,
): FastRoute<unknown>[typeof FAST] | undefined {
  return typeof entry === 'object' && FAST in entry ? entry[FAST] : undefined;
}

export function specOf<Ctx>(entry: RouteEntry<unknown, Ctx>): RouteSpec<unknown, Ctx> {
  return typeof entry === 'function' ? { handle: entry } : (entry as RouteSpec<unknown, Ctx>);
}
