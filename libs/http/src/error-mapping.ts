import { errorCodeForStatus, errorCodes, fieldIssueCodes, type FieldIssue } from '@aneis/contracts';
import { isAppError } from '@aneis/errors';
import { core as zodCore } from 'zod';
import { fieldIssuesOfZod } from './zod-field-issues.js';
import {
  isRedisOutage,
  REDIS_OUTAGE_MESSAGE,
  REDIS_OUTAGE_RETRY_AFTER_SECONDS,
} from './redis-outage.js';

/** What the client is told about a failure, and whether it was something we did not expect. */
export interface MappedError {
  status: number;
  /** Safe to show; absent when the failure is internal and must stay opaque to the client. */
  message?: string;
  /** Stable machine-readable code: the error's own, else the status' generic one. */
  code: string;
  /** The request fields refused, for clients to show the failure next to them. */
  fields?: FieldIssue[];
  details?: unknown;
  /** Sent as `Retry-After` (429 and 503 refusals). */
  retryAfterSeconds?: number;
  /** True for bugs and outages: log with the stack, hide the message. */
  unexpected: boolean;
}

const MAX_LISTED_ISSUES = 10;

/**
 * The single place where errors become HTTP answers. Known kinds (our typed errors, body-parser,
 * zod, mongoose) keep a readable message; anything else is an internal error whose text never
 * reaches the client.
 */
export function mapError(error: unknown): MappedError {
  if (isAppError(error)) {
    const { retryAfterSeconds } = error;
    return {
      status: error.status,
      message: error.message,
      code: error.code ?? errorCodeForStatus(error.status),
      ...(error.fields === undefined
        ? {}
        : { fields: error.fields.map((field) => ({ ...field })) }),
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      // A 5xx that says when to come back is a deliberate refusal (overload, a dependency
      // away), not a bug: logging each one with its stack would flood the log during a burst.
      unexpected: error.status >= 500 && retryAfterSeconds === undefined,
    };
  }
  // Redis gone or frozen: the one dependency sessions and logins cannot do without. Its client
  // logs the outage once (see @aneis/cache); every request it fails is an honest 503.
  if (isRedisOutage(error)) {
    return {
      status: 503,
      message: REDIS_OUTAGE_MESSAGE,
      code: errorCodes.serviceUnavailable,
      retryAfterSeconds: REDIS_OUTAGE_RETRY_AFTER_SECONDS,
      unexpected: false,
    };
  }
  // Any zod flavour (classic or mini) extends the core class.
  if (error instanceof zodCore.$ZodError) {
    return {
      status: 400,
      message: describeZodIssues(error.issues),
      code: errorCodes.validationFailed,
      fields: fieldIssuesOfZod(error.issues),
      unexpected: false,
    };
  }
  if (!isObject(error)) return internal();

  const bodyParserMessage = describeBodyParserError(error);
  if (bodyParserMessage) return { ...bodyParserMessage, unexpected: false };

  if (error['name'] === 'CastError' && typeof error['path'] === 'string') {
    return {
      status: 400,
      message: `Invalid value for field '${error['path']}'`,
      code: errorCodes.validationFailed,
      fields: [{ path: error['path'], code: fieldIssueCodes.invalidValue }],
      unexpected: false,
    };
  }
  if (error['name'] === 'ValidationError' && isObject(error['errors'])) {
    return {
      status: 400,
      message: describeMongooseValidation(error['errors']),
      code: errorCodes.validationFailed,
      fields: fieldIssuesOfMongoose(error['errors']),
      unexpected: false,
    };
  }
  if (error['code'] === 11000 || error['code'] === 11001) {
    const fields = isObject(error['keyValue']) ? Object.keys(error['keyValue']) : [];
    const message =
      fields.length > 0
        ? `A record with the same ${fields.join(', ')} already exists`
        : 'A record with the same unique value already exists';
    return {
      status: 409,
      message,
      code: errorCodes.duplicate,
      fields: fields.map((path) => ({ path, code: fieldIssueCodes.taken })),
      unexpected: false,
    };
  }
  // http-errors style errors (express internals, body-parser variants) flag what is safe to show.
  const status = typeof error['status'] === 'number' ? error['status'] : error['statusCode'];
  if (
    error['expose'] === true &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof error['message'] === 'string'
  ) {
    return {
      status,
      message: error['message'],
      code: errorCodeForStatus(status),
      unexpected: false,
    };
  }
  return internal();
}

function internal(): MappedError {
  return { status: 500, code: errorCodes.internal, unexpected: true };
}

function describeBodyParserError(
  error: Record<string, unknown>,
): { status: number; message: string; code: string } | undefined {
  switch (error['type']) {
    case 'entity.too.large': {
      const limit = typeof error['limit'] === 'number' ? ` (limit ${error['limit']} bytes)` : '';
      return {
        status: 413,
        message: `Request body is too large${limit}`,
        code: errorCodes.payloadTooLarge,
      };
    }
    case 'entity.parse.failed':
      return {
        status: 400,
        message: 'Request body is not valid JSON',
        code: errorCodes.malformedJson,
      };
    default:
      return undefined;
  }
}

function describeZodIssues(issues: readonly zodCore.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  const more =
    issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
  return `Invalid request: ${listed.join('; ')}${more}`;
}

function describeMongooseValidation(errors: Record<string, unknown>): string {
  // Mongoose messages can quote the rejected value; name the fields and the kind of rule only.
  const fields = Object.entries(errors)
    .slice(0, MAX_LISTED_ISSUES)
    .map(([path, detail]) => {
      const kind =
        isObject(detail) && typeof detail['kind'] === 'string' ? detail['kind'] : 'invalid';
      return `${path} (${kind})`;
    });
  return `Validation failed: ${fields.join(', ')}`;
}

const fieldCodeOfMongooseKind: Readonly<Record<string, string>> = {
  required: fieldIssueCodes.required,
  regexp: fieldIssueCodes.invalidFormat,
  minlength: fieldIssueCodes.tooShort,
  maxlength: fieldIssueCodes.tooLong,
  min: fieldIssueCodes.tooSmall,
  max: fieldIssueCodes.tooLarge,
};

function fieldIssuesOfMongoose(errors: Record<string, unknown>): FieldIssue[] {
  return Object.entries(errors).map(([path, detail]) => {
    const kind = isObject(detail) && typeof detail['kind'] === 'string' ? detail['kind'] : '';
    return { path, code: fieldCodeOfMongooseKind[kind] ?? fieldIssueCodes.invalidValue };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
