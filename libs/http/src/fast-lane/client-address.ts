import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../create-http-app.js';
import { boundedMemo } from './bounded-memo.js';

export type ClientAddress = (req: IncomingMessage) => string;

/** Peer address and X-Forwarded-For pairs whose answer is remembered. */
const REMEMBERED_ROUTES = 1024;
/** Longer X-Forwarded-For values are resolved every time rather than kept in memory. */
const REMEMBERED_FORWARDED_MAX = 256;

/**
 * The client's address by the same rules as Express' `req.ip` for a `trust proxy` value: the
 * X-Forwarded-For hops are believed only as far as the trusted proxies go. The answer depends
 * only on the peer's address and that header, and each request of a keep-alive connection
 * behind the same proxy repeats both, so it is remembered instead of parsing every address of
 * the chain again.
 */
export function clientAddressResolver(trustProxy: TrustProxy): ClientAddress {
  const trust = compileTrust(trustProxy);
  const resolve = (req: IncomingMessage) => proxyaddr(req, trust);
  const remembered = boundedMemo(REMEMBERED_ROUTES, (route) => {
    const cut = route.indexOf('\n');
    return resolveRoute(trust, route.slice(0, cut), route.slice(cut + 1));
  });
  return (req) => {
    const peer = req.socket.remoteAddress;
    const forwarded = req.headers['x-forwarded-for'] ?? '';
    if (peer === undefined || forwarded.length > REMEMBERED_FORWARDED_MAX) return resolve(req);
    return remembered(`${peer}\n${forwarded}`);
  };
}

// proxy-addr reads only these two parts of a request (req.socket.remoteAddress and the header).
function resolveRoute(trust: Trust, peer: string, forwarded: string): string {
  const request = { headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: peer } };
  return proxyaddr(request as unknown as IncomingMessage, trust);
}

type Trust = (address: string, hop: number) => boolean;

// Mirrors Express' own compilation of the setting (express/lib/utils.js compileTrust).
function compileTrust(value: TrustProxy): Trust {
  if (value === true) return () => true;
  if (value === false) return proxyaddr.compile([]);
  if (typeof value === 'number') return (_address, hop) => hop < value;
  const list = typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;
  return proxyaddr.compile([...list]);
}
