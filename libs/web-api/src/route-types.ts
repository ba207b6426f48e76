import type { RouteContract } from '@aneis/contracts';
import type { z } from 'zod';

/**
 * Type-level view of a contracts route table. Only types are taken from @aneis/contracts, so
 * the browser bundle carries no zod: the server validates, the client is typed.
 */

type LiveRoute<R> = R extends { gone: true } ? never : R;

/** `"POST /catalog/search"` for every route that is still served. */
export type RouteKey<Routes extends readonly RouteContract[]> =
  LiveRoute<Routes[number]> extends infer R
    ? R extends { method: infer M extends string; path: infer P extends string }
      ? `${M} ${P}`
      : never
    : never;

export type RouteByKey<Routes extends readonly RouteContract[], K extends string> = Extract<
  LiveRoute<Routes[number]>,
  {
    method: K extends `${infer M} ${string}` ? M : never;
    path: K extends `${string} ${infer P}` ? P : never;
  }
>;

type Part<Req, Name extends 'body' | 'query' | 'params'> = Req extends {
  [N in Name]: infer S extends z.ZodType;
}
  ? { [N in Name]: z.input<S> }
  : { [N in Name]?: never };

type RequestParts<R> = R extends { request: infer Req }
  ? Part<Req, 'body'> & Part<Req, 'query'> & Part<Req, 'params'>
  : { body?: never; query?: never; params?: never };

/** What a caller passes: the request's body/query/params as the server accepts them. */
export type RouteRequestOf<R> = RequestParts<R> & { signal?: AbortSignal };

/** What a call resolves with: the unwrapped success payload. */
export type RouteResponseOf<R> = R extends { response: infer S extends z.ZodType }
  ? z.output<S>
  : void;

type IsOptional<T> = Partial<T> extends T ? true : false;

/** Routes without a required part can be called with no second argument. */
export type RouteCallArgs<R> =
  IsOptional<RouteRequestOf<R>> extends true
    ? [request?: RouteRequestOf<R>]
    : [request: RouteRequestOf<R>];
