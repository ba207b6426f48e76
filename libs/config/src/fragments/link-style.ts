import { z } from 'zod';

/**
 * How the webclient at a public address routes, so the links mailed into it open the right page:
 * `path` for our webclients (history mode), `hash` for Veniqa's original clients (`/#/…` routes).
 * The same two values as @aneis/mail's LinkStyle (config depends on no other lib).
 */
export const linkStyle = z.enum(['path', 'hash'], {
  error: 'expected path (our webclients) or hash (Veniqa’s original webclients, /#/ routes)',
});
