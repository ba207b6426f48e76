import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'winston';
import { sendFailure } from './envelope.js';
import { mapError } from './error-mapping.js';
import { requestIdOf } from './request-id.js';

/** The last middleware: every error, from any route, leaves through here as an envelope. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const mapped = mapError(error);
    const requestId = requestIdOf(req);
    if (mapped.unexpected) {
      logger.error('request failed', {
        requestId,
        method: req.method,
        status: mapped.status,
        error: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
    }
    if (res.headersSent) {
      // Too late for an envelope: Express' default handler aborts the connection.
      next(error);
      return;
    }
    const message = mapped.message ?? `Internal Server Error (request id ${requestId})`;
    sendFailure(res, mapped.status, message, { code: mapped.code, details: mapped.details });
  };
}

export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendFailure(res, 404, 'Not Found');
  };
}
