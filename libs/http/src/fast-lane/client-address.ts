import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../create-http-app.js';

export type ClientAddress = (req: IncomingMessage) => string;

/**
 * The client's address by the same rules as Express' `req.ip` for a `trust proxy` value: the
 * X-Forwarded-For hops are believed only as far as the trusted proxies go.
 */
export function clientAddressResolver(trustProxy: TrustProxy): ClientAddress {
  const trust = compileTrust(trustProxy);
  return (req) => proxyaddr(req, trust);
}

// Mirrors Express' own compilation of the setting (express/lib/utils.js compileTrust).
function compileTrust(value: TrustProxy): (address: string, hop: number) => boolean {
  if (value === true) return () => true;
  if (value === false) return proxyaddr.compile([]);
  if (typeof value === 'number') return (_address, hop) => hop < value;
  const list = typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;
  return proxyaddr.compile([...list]);
}
