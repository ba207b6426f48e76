import { managementRoutes } from '../management/routes.js';
import { shoppingRoutes } from '../shopping/routes.js';
import { toJsonSchema } from './json-schema.js';
import { routeKey, type RouteContract } from './route-contract.js';

/**
 * Every request schema of both servers strips keys it does not declare: none refuses them
 * (Veniqa's clients send UI state, `_id: ""`, `customStore: null`, …) and none passes them on
 * (a handler must never see, let alone store, `permissions` or `emailConfirmed` it did not ask
 * for). In JSON Schema terms: an object with declared properties carries no
 * `additionalProperties` at all (`false` would refuse, anything else would let them through).
 */
/**
 * Where extra keys are the point: a featured design's `config` is the design's own settings,
 * which Veniqa's admin passes through as it read them (bounded primitives, stored as given).
 */
const FREE_FORM = ['$.properties.content.items.properties.config'];

function objectsKeepingUnknownKeys(schema: unknown, path = '$'): string[] {
  if (Array.isArray(schema)) {
    return schema.flatMap((item, i) => objectsKeepingUnknownKeys(item, `${path}[${i}]`));
  }
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own =
    'properties' in node && 'additionalProperties' in node && !FREE_FORM.includes(path)
      ? [`${path} (additionalProperties: ${JSON.stringify(node['additionalProperties'])})`]
      : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) =>
      objectsKeepingUnknownKeys(value, `${path}.${key}`),
    ),
  ];
}

const requestParts = (routes: readonly RouteContract[]) =>
  routes.flatMap((route) =>
    (['body', 'query', 'params'] as const).flatMap((part) => {
      const schema = route.request?.[part];
      return schema ? [[`${routeKey(route)} ${part}`, schema] as const] : [];
    }),
  );

describe.each([
  ['shopping', shoppingRoutes],
  ['management', managementRoutes],
] as const)('the %s request schemas', (_name, routes) => {
  it.each(requestParts(routes))(
    'when %s has unknown keys, then they are stripped',
    (_label, schema) => {
      expect(objectsKeepingUnknownKeys(toJsonSchema(schema, 'input'))).toEqual([]);
    },
  );
});
