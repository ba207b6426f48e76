import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'winston';
import { createHttpApp, type HttpAppOptions } from '../../src/index.js';

export const ALLOWED_ORIGIN = 'http://localhost:5201';

/** The kit with test-friendly defaults; every option can be overridden. */
export function buildTestApp(
  redis: Redis,
  logger: Logger,
  prefix: string,
  overrides: Partial<HttpAppOptions> = {},
): Express {
  return createHttpApp({
    logger,
    redis,
    corsOrigins: [ALLOWED_ORIGIN],
    session: {
      secret: 'test-secret-that-is-long-enough',
      cookieName: 'aneis.sid',
      keyPrefix: `${prefix}sess:`,
    },
    rateLimit: { limit: 1000, keyPrefix: `${prefix}rl:` },
    ...overrides,
  });
}
