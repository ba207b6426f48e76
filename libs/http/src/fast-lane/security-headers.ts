import type { RequestHandler } from 'express';

/**
 * The headers a helmet middleware sets, read once by running it against a recording response.
 * Helmet's headers depend on its options only, never on the request, so the lane can write
 * these pairs on every answer and stay identical to what Express sends.
 */
export function recordSecurityHeaders(helmetMiddleware: RequestHandler): string[] {
  const pairs: string[] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      pairs.push(name, String(value));
    },
    removeHeader() {
      // The only removal is X-Powered-By, which the lane never sets.
    },
    getHeader: () => undefined,
  };
  let finished = false;
  helmetMiddleware(
    {} as Parameters<RequestHandler>[0],
    recorder as unknown as Parameters<RequestHandler>[1],
    () => {
      finished = true;
    },
  );
  if (!finished) throw new Error('the security headers middleware did not finish synchronously');
  return pairs;
}
