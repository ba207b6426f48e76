import express, { type RequestHandler } from 'express';
import { refuseNulInBodies } from './guards/nul-characters.js';

export const DEFAULT_BODY_LIMIT = '1mb';

/**
 * The JSON parser with its size limit, then the NUL refusal; oversize, malformed and NUL-carrying
 * bodies become errors for the error handler. JSON is the only body the shop's routes read:
 * `refuseNonJsonBodies` answers 415 to the rest before they get here.
 */
export function bodyParsers(limit: string | number = DEFAULT_BODY_LIMIT): RequestHandler[] {
  return [express.json({ limit }), refuseNulInBodies()];
}
