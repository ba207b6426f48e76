import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'winston';
import { failureEnvelope, sendFailure, type FailureEnvelope } from './envelope.js';
import { mapError } from './error-mapping.js';
import { requestIdOf } from './request-id.js';

export interface Failure {
  status: number;
  body: FailureEnvelope;
  /** Value of the `Retry-After` header, when the client is told when to come back. */
  retryAfter?: string;
}

/**
 * What any error becomes for the client: its envelope, with unexpected errors logged with their
 * stack and hidden behind the request id. Shared by the error handler and the fast lane.
 */
export function failureFor(
  error: unknown,
  logger: Logger,
  context: { requestId: string; method: string },
): Failure {
  const mapped = mapError(error);
  if (mapped.unexpected) {
    logger.error('request failed', {
      ...context,
      status: mapped.status,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
  }
  const message = mapped.message ?? `Internal Server Error (request id ${context.requestId})`;
  return {
    status: mapped.status,
    body: failureEnvelope(mapped.status, message, {
      code: mapped.code,
      ...(mapped.fields === undefined ? {} : { fields: mapped.fields }),
      details: mapped.details,
    }),
    ...(mapped.retryAfterSeconds === undefined
      ? {}
      : { retryAfter: String(mapped.retryAfterSeconds) }),
  };
}

/** The last middleware: every error, from any route, leaves through here as an envelope. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const failure = failureFor(error, logger, { requestId: requestIdOf(req), method: req.method });
    if (res.headersSent) {
      // Too late for an envelope: Express' default handler aborts the connection.
      next(error);
      return;
    }
    if (failure.retryAfter !== undefined) res.set('Retry-After', failure.retryAfter);
    res.status(failure.status).json(failure.body);
  };
}

export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendFailure(res, 404, 'Not Found');
  };
}
