import type { ParsedUrlQuery } from 'node:querystring';
import type { Express } from 'express';
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
 * for requests the lane passes on, by the same handler mounted in Express.
 */
export interface JsonRoute {
  method: 'GET' | 'POST';
  /** Exact path, e.g. `/catalog/search`. */
  path: string;
  /**
   * The JSON text of `responseData`, or a promise of it; throws (or rejects with) what the error
   * handler maps. Answering the text itself (e.g. a cache hit held in this process) lets the
   * fast lane reply without waiting for another turn of the event loop.
   */
  handle(input: JsonRouteInput): string | Promise<string>;
}

export function mountJsonRoutes(app: Express, routes: readonly JsonRoute[]): void {
  for (const route of routes) {
    const mount = route.method === 'GET' ? app.get.bind(app) : app.post.bind(app);
    mount(route.path, async (req, res) => {
      const query = req.query as ParsedUrlQuery;
      sendSuccessJson(res, await route.handle({ query, body: req.body as unknown }));
    });
  }
}
