import { z } from 'zod';
import { successEnvelope } from '../common/envelope.js';
import type { RouteContract } from './route-contract.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters: OpenApiParameter[];
  requestBody?: { required: true; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
  deprecated?: true;
  'x-permissions'?: string[];
}

export const FAILURE_REF = { $ref: '#/components/schemas/FailureEnvelope' };
export const SESSION_SCHEME = 'session';

const failure = (description: string): OpenApiResponse => ({
  description,
  content: { 'application/json': { schema: FAILURE_REF } },
});
const text = (description: string): OpenApiResponse => ({
  description,
  content: { 'text/plain': { schema: { type: 'string' } } },
});

/** `/security/confirmEmailAddress/:token` → `/security/confirmEmailAddress/{token}` */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function operationId(route: RouteContract): string {
  const words = route.path
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':') ? `By${capitalise(segment.slice(1))}` : capitalise(segment),
    );
  return `${route.method.toLowerCase()}${words.join('')}`.replace(/[^A-Za-z0-9]/g, '');
}

function objectProperties(schema: JsonSchema): [string, JsonSchema, boolean][] {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = (schema['required'] ?? []) as string[];
  return Object.entries(properties).map(([name, value]) => [name, value, required.includes(name)]);
}

function parameters(route: RouteContract): OpenApiParameter[] {
  const found: OpenApiParameter[] = [];
  const params = route.request?.params ? toJsonSchema(route.request.params, 'input') : {};
  const paramSchemas = new Map(objectProperties(params).map(([name, schema]) => [name, schema]));
  for (const match of route.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
    const name = match[1] ?? '';
    found.push({
      name,
      in: 'path',
      required: true,
      schema: paramSchemas.get(name) ?? { type: 'string' },
    });
  }
  if (route.request?.query) {
    for (const [name, schema, required] of objectProperties(
      toJsonSchema(route.request.query, 'input'),
    )) {
      found.push({ name, in: 'query', required, schema });
    }
  }
  return found;
}

function successResponse(route: RouteContract): OpenApiResponse {
  const payload = route.response ?? z.unknown();
  switch (route.format ?? 'envelope') {
    case 'text':
      return text('Success (plain text)');
    case 'json':
      return {
        description: 'Success (raw JSON, not enveloped)',
        content: { 'application/json': { schema: toJsonSchema(payload, 'output') } },
      };
    case 'envelope':
      return {
        description: 'Success',
        content: {
          'application/json': { schema: toJsonSchema(successEnvelope(payload), 'output') },
        },
      };
  }
}

function responses(route: RouteContract): Record<string, OpenApiResponse> {
  const result: Record<string, OpenApiResponse> = route.gone
    ? { '410': failure('Retired route; the message names the supported flows') }
    : { '200': successResponse(route) };
  if (route.request) result['400'] = failure('Invalid input');
  if (route.auth === 'user' || route.auth === 'admin') result['401'] = text('Not logged in');
  if (route.permissions) result['403'] = text('Logged in without a required permission');
  result['429'] = text('Too many requests');
  result['default'] = failure('Failure');
  return result;
}

export function buildOperation(route: RouteContract): OpenApiOperation {
  const operation: OpenApiOperation = {
    operationId: operationId(route),
    summary: route.summary,
    tags: [route.path.split('/').filter(Boolean)[0] ?? 'root'],
    parameters: parameters(route),
    responses: responses(route),
  };
  if (route.request?.body) {
    const schema = toJsonSchema(route.request.body, 'input');
    operation.requestBody = { required: true, content: { 'application/json': { schema } } };
  }
  // A guest may call a `session` route without a cookie yet: the session is optional there.
  if (route.auth === 'session') operation.security = [{ [SESSION_SCHEME]: [] }, {}];
  else if (route.auth !== 'public') operation.security = [{ [SESSION_SCHEME]: [] }];
  if (route.gone) operation.deprecated = true;
  if (route.permissions) operation['x-permissions'] = [...route.permissions];
  return operation;
}
