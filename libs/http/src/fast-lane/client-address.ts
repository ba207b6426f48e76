import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../create-http-app.js';

export type ClientAddress = (req: IncomingMessage) => string;

/** The last answer for a connection, with the X-Forwarded-For value it was computed from. */
interface Remembered {
  // Node joins repeated X-Forwarded-For lines into one string; the type allows a list.
  forwarded: string | string[];
  address: string;
}

/**
 * The client's address by the same rules as Express' `req.ip` for a `trust proxy` value: the
 * X-Forwarded-For hops are believed only as far as the trusted proxies go. The answer depends
 * only on the peer's address, which a connection keeps for life, and that header, which each
 * request of a keep-alive connection usually repeats (the same browser, or the same client
 * behind the ingress). So the connection remembers its last answer, and a request that brings
 * the same header again costs one string comparison instead of parsing every address of the
 * chain.
 */
export function clientAddressResolver(trustProxy: TrustProxy): ClientAddress {
  const trust = compileTrust(trustProxy);
  // One key per resolver: two apps with different trust settings never share an answer.
  const lastAnswer = Symbol('client address');
  return (req) => {
    const socket = req.socket as Socket & { [lastAnswer]?: Remembered };
    const forwarded = req.headers['x-forwarded-for'] ?? '';
    const known = socket[lastAnswer];
    if (known !== undefined && known.forwarded === forwarded) return known.address;
    const address = proxyaddr(req, trust);
    socket[lastAnswer] = { forwarded, address };
    return address;
  };
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
