import express, { type RequestHandler } from 'express';

export const DEFAULT_BODY_LIMIT = '1mb';

/** JSON and urlencoded parsers sharing one size limit; oversize and malformed bodies become errors for the error handler. */
export function bodyParsers(limit: string | number = DEFAULT_BODY_LIMIT): RequestHandler[] {
  return [express.json({ limit }), express.urlencoded({ extended: false, limit })];
}
