import type { RouteContract } from '@aneis/contracts';
import { BadInput } from '@aneis/errors';
import type { z } from 'zod';

/**
 * The one place where a request part (body, query or path parameters) meets its contract
 * schema, for every route of both servers. The contracts' objects strip keys they do not
 * declare, so a handler only ever sees declared fields: a client's `permissions`,
 * `emailConfirmed`, `overall_status` or prices are dropped here, never stored, and a request
 * that also carries them (as Veniqa's clients do) is not refused for it.
 *
 * Zod errors reach the error handler as a 400 naming each bad field; `missingMessage` keeps
 * Veniqa's exact sentence for the case its clients know ("Missing checkout id", …): a required
 * field that is absent altogether.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  missingMessage?: string,
): z.output<S> {
  // No body at all (a GET sent with a JSON Content-Type, a DELETE without data) is `{}`.
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  if (
    missingMessage !== undefined &&
    result.error.issues.some((issue) => issue.code === 'invalid_type' && issue.input === undefined)
  ) {
    throw new BadInput(missingMessage);
  }
  throw result.error;
}

/** The raw parts of a request, as Express (or the fast lane) read them. */
export interface RawInput {
  body?: unknown;
  query?: unknown;
  params?: unknown;
}

export interface ParsedInput {
  body: unknown;
  query: unknown;
  params: unknown;
}

/** Every part the contract declares, parsed; undeclared parts are not read at all. */
export function parseRouteInput(
  contract: RouteContract,
  raw: RawInput,
  missingMessage?: string,
): ParsedInput {
  const schemas = contract.request ?? {};
  return {
    body: schemas.body ? parseInput(schemas.body, raw.body, missingMessage) : undefined,
    query: schemas.query ? parseInput(schemas.query, raw.query, missingMessage) : undefined,
    params: schemas.params ? parseInput(schemas.params, raw.params, missingMessage) : undefined,
  };
}
