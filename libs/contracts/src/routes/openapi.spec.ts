import { z } from 'zod';
import { managementRoutes } from '../management/routes.js';
import { shoppingRoutes } from '../shopping/routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { toOpenApiPath } from './openapi-operation.js';
import { type RouteContract, defineRoutes } from './route-contract.js';

const info = { title: 'A Senhora dos Anéis', version: '1.0.0' };
const tables: [string, readonly RouteContract[]][] = [
  ['shopping', shoppingRoutes],
  ['management', managementRoutes],
];

describe.each(tables)('the %s OpenAPI document', (_name, routes) => {
  const document = buildOpenApiDocument(routes, info, { sessionCookieName: 'aneis.sid' });

  it('when built, then it declares OpenAPI 3.1 and the session cookie', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes['session']?.name).toBe('aneis.sid');
  });

  it('when built, then every route has an operation under its path', () => {
    for (const route of routes) {
      const operation =
        document.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase() as 'get'];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
    }
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(routes.length);
  });

  it('when serialised, then it is plain JSON that survives a round trip', () => {
    const text = JSON.stringify(document);
    expect(JSON.parse(text)).toEqual(document);
  });

  it('when built, then operation ids are unique', () => {
    const operationIds = Object.values(document.paths)
      .flatMap((item) => Object.values(item))
      .map((operation) => operation.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it('when built, then only protected routes require the session', () => {
    for (const route of routes) {
      const operation =
        document.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase() as 'get'];
      expect(Boolean(operation?.security), route.path).toBe(route.auth !== 'public');
      expect(Boolean(operation?.responses['403']), route.path).toBe(Boolean(route.permissions));
    }
  });
});

describe('OpenAPI details', () => {
  const shopping = buildOpenApiDocument(shoppingRoutes, info);
  const management = buildOpenApiDocument(managementRoutes, info);

  it('when a route takes a path parameter, then it is documented in the path', () => {
    const operation = shopping.paths['/security/confirmEmailAddress/{token}']?.get;
    expect(operation?.parameters).toEqual([
      expect.objectContaining({ name: 'token', in: 'path', required: true }),
    ]);
  });

  it('when a route takes a query, then each field is a query parameter', () => {
    const operation = management.paths['/catalog/getPresignedUrlsForCatalogImageUploads']?.get;
    const names = operation?.parameters.map((p) => [p.name, p.required]);
    expect(names).toEqual([
      ['productId', false],
      ['numberOfThumbnailAndDetailedImages', true],
      ['numberOfFeaturedImages', false],
    ]);
  });

  it('when a body has undeclared properties, then the schema does not refuse them (they are stripped)', () => {
    const body = management.paths['/superAdmin/updateAdminAccess']?.put?.requestBody;
    expect(body?.content['application/json'].schema).not.toHaveProperty('additionalProperties');
  });

  it('when a route is raw or text, then its success body is not enveloped', () => {
    const login = shopping.paths['/security/login']?.post?.responses['200'];
    expect(login?.content?.['application/json']?.schema['properties']).toHaveProperty(
      'emailConfirmed',
    );
    expect(shopping.paths['/security/logout']?.get?.responses['200']?.content).toHaveProperty(
      'text/plain',
    );
    const cart = shopping.paths['/shopping/getCart']?.get?.responses['200'];
    expect(cart?.content?.['application/json']?.schema['properties']).toHaveProperty(
      'responseData',
    );
  });

  it('when a route is retired, then it is deprecated and documents 410', () => {
    const operation = shopping.paths['/orders/completeCheckout']?.post;
    expect(operation?.deprecated).toBe(true);
    expect(operation?.responses['410']).toBeDefined();
    expect(operation?.responses['200']).toBeUndefined();
  });

  it('when a management route is guarded, then its permissions are listed', () => {
    expect(management.paths['/dashboard/summary']?.get?.['x-permissions']).toEqual([
      'SUPERADMIN',
      'ORDER_MANAGE',
      'ORDER_VIEW',
    ]);
  });

  it('when two routes share method and path, then building fails', () => {
    const routes = defineRoutes([
      { method: 'GET', path: '/a', auth: 'public', response: z.string(), summary: 'a' },
      { method: 'GET', path: '/a', auth: 'public', response: z.string(), summary: 'b' },
    ]);
    expect(() => buildOpenApiDocument(routes, info)).toThrow('duplicate route GET /a');
  });
});
