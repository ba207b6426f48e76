import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as a JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). Requests are
 * described by what clients send (`input`: before defaults and transforms), responses by what
 * servers send (`output`). The per-schema `$schema` marker is dropped: the document declares
 * the dialect once.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}
