import type { RequestHandler } from 'express';
import { refuseForeignStateChanges } from './foreign-origin.js';
import { refuseNonJsonBodies } from './json-bodies-only.js';
import { refuseMalformedUrls } from './malformed-url.js';

/**
 * What every request must pass before its body is read: a URL that decodes (400), a page of the
 * shop's own origins behind any state change (403), and a JSON body or none (415). The fast lane
 * applies the same checks (see createFastLane), so both entrances refuse alike.
 */
export function requestGuards(
  allowedOrigins: readonly string[],
  otherBodyPathPrefixes: readonly string[] = [],
): RequestHandler[] {
  return [
    refuseMalformedUrls(),
    refuseForeignStateChanges(allowedOrigins),
    refuseNonJsonBodies(otherBodyPathPrefixes),
  ];
}
