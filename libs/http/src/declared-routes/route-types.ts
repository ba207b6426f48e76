import type { RouteContract } from '@aneis/contracts';
import type { z } from 'zod';

/** `"POST /catalog/search"` for one contract, with its literal method and path. */
export type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string }
  ? `${M} ${P}`
  : never;

/** Every route key of a server's contract list. */
export type RouteKeyOf<Routes extends readonly RouteContract[]> = KeyOf<Routes[number]>;

/** The contract a key names (distributes over the list's union of literal contracts). */
export type ContractOf<
  Routes extends readonly RouteContract[],
  K extends string,
> = Routes[number] extends infer R
  ? R extends unknown
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

/** The request as the contract's schemas output it: validated, unknown keys stripped. */
export interface RouteInput<R> {
  body: Part<R, 'body'>;
  query: Part<R, 'query'>;
  params: Part<R, 'params'>;
}
