import { mailLanguageFromHeader } from '@aneis/mail';
import { endSession, establishSession, type SessionRegistry } from '@aneis/auth';
import { managementRoutes, routeKey, type RouteContract } from '@aneis/contracts';
import { parseRequestPart, sendFailure, sendSuccess } from '@aneis/http';
import type { Request, RequestHandler, Response, Router } from 'express';
import type { HandlerContext } from './handler-context.js';
import { currentAdminOf } from './current-admin.js';
import { guardMiddleware } from './guard-middleware.js';
import { permissionTable } from './permission-table.js';
import type { RouteHandler } from './route-types.js';

export interface MountOptions {
  /** Route key → handler; routes without one answer 501 (never silently 404). */
  handlers: Readonly<Record<string, RouteHandler<never> | undefined>>;
  /** Extra middleware per route key (e.g. the stricter limiter on login). */
  extras?: Readonly<Record<string, readonly RequestHandler[]>>;
  sessions: SessionRegistry;
  cookieName: string;
}

/**
 * Mounts every route of the contract: guard from the permission table, then validation with the
 * route's zod schemas (a ZodError becomes a readable 400), then the handler, then the body in
 * the route's format.
 */
export function mountManagementRoutes(router: Router, options: MountOptions): void {
  for (const route of managementRoutes as readonly RouteContract[]) {
    const key = routeKey(route);
    const guard = permissionTable.get(key);
    if (!guard) throw new Error(`no guard for ${key}`);
    const handler = options.handlers[key];
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    router[method](
      route.path,
      ...(options.extras?.[key] ?? []),
      ...guardMiddleware(guard),
      async (req: Request, res: Response) => {
        if (!handler) {
          sendFailure(res, 501, `${key} is not implemented yet`);
          return;
        }
        const input = parseInput(route, req);
        // The table's types tie each handler to its route's schemas; here they are erased.
        const run = handler as unknown as (
          input: ParsedInput,
          ctx: HandlerContext,
        ) => Promise<unknown>;
        const result = await run(input, contextOf(req, res, options));
        sendResult(res, route, result);
      },
    );
  }
}

interface ParsedInput {
  body: unknown;
  query: unknown;
  params: unknown;
}

function parseInput(route: RouteContract, req: Request): ParsedInput {
  const schemas = route.request ?? {};
  return {
    body: schemas.body ? parseRequestPart(schemas.body, req.body) : undefined,
    query: schemas.query ? parseRequestPart(schemas.query, req.query) : undefined,
    params: schemas.params ? parseRequestPart(schemas.params, req.params) : undefined,
  };
}

function contextOf(req: Request, res: Response, options: MountOptions): HandlerContext {
  return {
    admin: currentAdminOf(req),
    logIn: (adminId) => establishSession(req, { userId: adminId }, { registry: options.sessions }),
    logOut: () => endSession(req, res, options.cookieName, { registry: options.sessions }),
    language: mailLanguageFromHeader(req.get('accept-language')),
  };
}

function sendResult(res: Response, route: RouteContract, result: unknown): void {
  switch (route.format) {
    case 'json':
      res.status(200).json(result);
      return;
    case 'text':
      res.status(200).type('text/plain').send(String(result));
      return;
    default:
      sendSuccess(res, result);
  }
}
