import { buildOpenApiDocument, managementRoutes } from '@aneis/contracts';
import type { RequestHandler } from 'express';

/** `GET /docs/openapi.json`: the contract as OpenAPI 3.1, built on first request, then kept. */
export function openApiRoute(sessionCookieName: string): RequestHandler {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  const build = () =>
    buildOpenApiDocument(
      managementRoutes,
      {
        title: 'A Senhora dos Anéis — management API',
        version: '1.0.0',
        description: "Veniqa's admin API, ported: every route with its guard and schemas.",
      },
      { sessionCookieName },
    );
  return (_req, res) => {
    document ??= build();
    res.json(document);
  };
}
