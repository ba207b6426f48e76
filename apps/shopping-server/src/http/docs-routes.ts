import { buildOpenApiDocument, shoppingRoutes, type OpenApiDocument } from '@aneis/contracts';
import { Router } from 'express';

/** `GET /docs/openapi.json`: the document generated from the same zod contracts the routes parse with. */
export function docsRoutes(sessionCookieName: string): Router {
  let document: OpenApiDocument | undefined;
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApiDocument(
      shoppingRoutes,
      {
        title: 'A Senhora dos Anéis — shopping API',
        version: '1.0.0',
        description: "The storefront's API (Veniqa-compatible routes and envelope).",
      },
      { sessionCookieName },
    );
    res.status(200).json(document);
  });
  return router;
}
