import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http';

// Headers that describe one connection, not the message (RFC 9110 §7.6.1): never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** A copy of `headers` without hop-by-hop headers, including those the Connection header names. */
export function withoutHopByHop(
  headers: IncomingHttpHeaders | OutgoingHttpHeaders,
): OutgoingHttpHeaders {
  const connection = headers['connection'];
  const named = new Set(
    String(connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  );
  const copy: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    copy[name] = value;
  }
  return copy;
}

/** The client's address as servers expect it: IPv4-mapped IPv6 addresses shown as IPv4. */
export function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export interface ForwardingContext {
  /** The port the edge listens on, sent as X-Forwarded-Port. */
  readonly edgePort: number;
  readonly strippedPrefix: string | undefined;
}

/**
 * The request headers an upstream receives, set the way Traefik sets them by default: the original
 * Host is kept, and forwarding headers a client sent are replaced, never extended — Traefik trusts
 * no client's X-Forwarded-* unless told to, so a shopper cannot pick the address the rate limiter
 * sees. The client's own address becomes X-Forwarded-For and X-Real-Ip.
 */
export function forwardedHeaders(
  req: IncomingMessage,
  context: ForwardingContext,
): OutgoingHttpHeaders {
  const headers = withoutHopByHop(req.headers);
  const client = clientAddress(req);
  headers['x-forwarded-for'] = client;
  headers['x-real-ip'] = client;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-port'] = String(context.edgePort);
  if (context.strippedPrefix !== undefined) headers['x-forwarded-prefix'] = context.strippedPrefix;
  return headers;
}
