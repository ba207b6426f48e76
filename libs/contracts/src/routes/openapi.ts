import { failureEnvelopeSchema } from '../common/envelope.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import {
  type OpenApiOperation,
  SESSION_SCHEME,
  buildOperation,
  toOpenApiPath,
} from './openapi-operation.js';
import { type RouteContract, routeKey } from './route-contract.js';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

export interface OpenApiOptions {
  servers?: { url: string; description?: string }[];
  /** Name of the session cookie; documented as the security scheme of non-public routes. */
  sessionCookieName?: string;
}

type Method = 'get' | 'post' | 'put' | 'delete';

export interface OpenApiDocument {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: OpenApiInfo;
  servers?: { url: string; description?: string }[];
  paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { type: 'apiKey'; in: 'cookie'; name: string }>;
  };
}

/**
 * An OpenAPI 3.1 document for a route table, with JSON Schemas generated from the zod contracts
 * (so the document cannot drift from what the server validates). Throws when two routes share a
 * method and path, or when a schema cannot be expressed in JSON Schema: both are contract bugs
 * that should fail a test, not ship.
 */
export function buildOpenApiDocument(
  routes: readonly RouteContract[],
  info: OpenApiInfo,
  options: OpenApiOptions = {},
): OpenApiDocument {
  const seen = new Set<string>();
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const key = routeKey(route);
    if (seen.has(key)) throw new Error(`duplicate route ${key}`);
    seen.add(key);
    const path = toOpenApiPath(route.path);
    const item = (paths[path] ??= {});
    item[route.method.toLowerCase() as Method] = buildOperation(route);
  }
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { ...info },
    paths,
    components: {
      schemas: { FailureEnvelope: toJsonSchema(failureEnvelopeSchema, 'output') },
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: options.sessionCookieName ?? 'connect.sid',
        },
      },
    },
  };
  if (options.servers) document.servers = options.servers.map((server) => ({ ...server }));
  return document;
}
