/**
 * Why a call failed:
 * - `server`: the server answered with an error (its readable `errorDetails` is the message);
 * - `network`: no answer at all (server down, DNS, CORS refusal);
 * - `timeout`: no answer within the client's time limit;
 * - `aborted`: the caller cancelled the request.
 */
import type { FieldIssue } from '@aneis/contracts/constants';

export type ApiErrorKind = 'server' | 'network' | 'timeout' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** The HTTP status, or 0 when there was no answer. */
    readonly status: number,
    /** The server's readable message (`errorDetails` or its plain-text body). */
    readonly errorDetails: string,
    /** The envelope's stable code (e.g. `VALIDATION_FAILED`), absent without an envelope. */
    readonly code?: string,
    /** The request fields the server refused, each with its own code. */
    readonly fields: readonly FieldIssue[] = [],
  ) {
    super(errorDetails);
  }

  get isUnauthorized(): boolean {
    return this.kind === 'server' && this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
