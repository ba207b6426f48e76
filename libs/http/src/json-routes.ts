import type { ParsedUrlQuery } from 'node:querystring';
import type { Express } from 'express';
import { deepFreeze } from './deep-freeze.js';
import { sendSuccessJson } from './envelope.js';

export interface JsonRouteInput {
  /** The query string as Express' default ("simple") parser reads it. */
  query: ParsedUrlQuery;
  /** The parsed JSON body (`{}` when there was none); undefined for GET. */
  body: unknown;
}

/**
 * A public read (no session) whose answer is Veniqa's success envelope around JSON text, e.g.
 * a catalogue search served from the cache. Declared once, it is answered by the fast lane and,
 * for requests the lane passes on, by the same two steps mounted in Express.
 */
export interface JsonRoute<Prepared = unknown> {
  method: 'GET' | 'POST';
  /** Exact path, e.g. `/catalog/search`. */
  path: string;
  /**
   * Reads and checks the request (its contract's zod schema, the cache key): the same query and
   * body must always give the same result or the same error. The fast lane remembers results
   * per distinct query (GET) or body text (POST), so the requests a storefront repeats all day
   * (the first page of a search, a popular product) skip JSON parsing and validation. A
   * remembered result is shared by every request that brings the same text; on both entrances
   * the result is frozen (plain objects and arrays, all the way down).
   */
  prepare(input: JsonRouteInput): Prepared;
  /**
   * The JSON text of `responseData`, or a promise of it; throws (or rejects with) what the error
   * handler maps. Answering the text itself (e.g. a cache hit held in this process) lets the
   * fast lane reply without waiting for another turn of the event loop.
   */
  handle(prepared: Prepared): string | Promise<string>;
}

export function mountJsonRoutes(app: Express, routes: readonly JsonRoute[]): void {
  for (const route of routes) {
    const mount = route.method === 'GET' ? app.get.bind(app) : app.post.bind(app);
    mount(route.path, async (req, res) => {
      const query = req.query as ParsedUrlQuery;
      // Frozen as on the fast lane, where one prepared input may serve many requests.
      const prepared = deepFreeze(route.prepare({ query, body: req.body as unknown }));
      sendSuccessJson(res, await route.handle(prepared));
    });
  }
}
