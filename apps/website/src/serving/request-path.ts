/**
 * The decoded path of a request target, or `undefined` when it is malformed or tries to leave
 * the site. Files are served from memory by exact key, so nothing could escape anyway; refusing
 * here as well means a later change to disk-backed serving cannot quietly open a hole.
 */
export function safeRequestPath(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  const rawPath = end === -1 ? target : target.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').slice(1);
  const inner = segments.slice(0, -1);
  // Dot segments climb or alias; empty inner segments (`//`) alias too.
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  if (inner.some((segment) => segment === '')) return undefined;
  return decoded;
}
