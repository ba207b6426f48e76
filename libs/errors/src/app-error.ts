/**
 * Details a client may see: plain JSON data, never an Error, a document or a stack.
 */
export type SafeDetails =
  | string
  | number
  | boolean
  | null
  | readonly SafeDetails[]
  | { readonly [key: string]: SafeDetails };

/** One refused request field: its dotted path and why (`required`, `taken`, `invalid_value`…). */
export interface FieldError {
  readonly path: string;
  readonly code: string;
  readonly limit?: number;
}

export interface AppErrorOptions {
  /** Stable machine-readable code (e.g. `TRANSITION_NOT_ALLOWED`) for clients that branch on it. */
  code?: string;
  /** The request fields the failure is about, so clients can show it next to them. */
  fields?: readonly FieldError[];
  /** Extra data that is safe to show to the client. */
  details?: SafeDetails;
  /** The underlying failure, kept for logs only. */
  cause?: unknown;
  /** For 429 and 503: when the client may try again, sent as the `Retry-After` header. */
  retryAfterSeconds?: number;
}

// A registry-wide symbol survives duplicated copies of this module (src and dist loaded side by
// side in tests, or two bundles), where `instanceof` would silently say no.
const appErrorBrand = Symbol.for('@aneis/errors/AppError');

/**
 * An expected failure of domain code, carrying the HTTP status it maps to. Its message is shown to
 * clients, so write it for them: never put secrets, ids of other users or raw data in it.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly code: string | undefined;
  readonly details: SafeDetails | undefined;
  readonly fields: readonly FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, status: number, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new RangeError(`AppError status must be an HTTP error status (400-599), got ${status}`);
    }
    this.status = status;
    this.code = options.code;
    this.details = options.details;
    this.fields = options.fields;
    this.retryAfterSeconds =
      options.retryAfterSeconds === undefined
        ? undefined
        : Math.max(1, Math.ceil(options.retryAfterSeconds));
    Object.defineProperty(this, appErrorBrand, { value: true, enumerable: false });
  }
}

export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[appErrorBrand] === true &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
