import {
  contentSecurityPolicy,
  type Webclient,
  type WebclientOrigins,
} from './content-security-policy.js';

/**
 * Every header a webclient's files are served with for the browser's protection: the app's
 * Content-Security-Policy; `X-Frame-Options: DENY` beside `frame-ancestors 'none'` for browsers
 * that know only the older header (an admin page in a frame is a clickjacking target); a
 * Referrer-Policy that sends other sites the origin at most (never a path with a reset token);
 * and `nosniff`, so a file is only ever used as the type it is served as.
 */
export function webclientSecurityHeaders(
  app: Webclient,
  origins: WebclientOrigins,
): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(app, origins),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}
