import { BadInput } from '@aneis/errors';
import type { RequestHandler } from 'express';

const MALFORMED_ENCODING =
  'Malformed URL: every "%" must start a percent-encoded UTF-8 character (e.g. %20 or %C3%A9)';
const NUL_IN_URL = 'Malformed URL: it contains a NUL character (%00)';

/**
 * Why a request URL (path and query) cannot be read, or undefined when it can. Express' router
 * decodes path parameters with decodeURIComponent and throws a URIError on a lone `%` or on bytes
 * that are not UTF-8 (`%ED%A0%80%FF`), while its query parser silently turns them into U+FFFD; a
 * `%00` becomes a NUL that MongoDB refuses deep inside a query. Checking the whole URL once, before
 * any route, gives every such request the same 400 on both entrances.
 */
export function malformedUrlError(url: string): BadInput | undefined {
  // Without a `%` there is nothing to decode: Node's parser already refused raw control bytes.
  if (!url.includes('%')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return new BadInput(MALFORMED_ENCODING, { code: 'MALFORMED_URL' });
  }
  return decoded.includes('\0') ? new BadInput(NUL_IN_URL, { code: 'NUL_CHARACTER' }) : undefined;
}

/** Refuses a request whose URL cannot be decoded, with the error handler's 400 envelope. */
export function refuseMalformedUrls(): RequestHandler {
  return (req, _res, next) => {
    next(malformedUrlError(req.originalUrl));
  };
}
