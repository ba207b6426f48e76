import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { clientAddressResolver } from './client-address.js';

function request(peer: string, forwarded?: string): IncomingMessage {
  const headers = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
  return { headers, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
}

describe('clientAddressResolver', () => {
  it.each([
    ['loopback', '127.0.0.1', undefined, '127.0.0.1'],
    ['loopback', '127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['loopback', '127.0.0.1', '198.51.100.1, 127.0.0.1', '198.51.100.1'],
    ['loopback', '192.0.2.7', '203.0.113.9', '192.0.2.7'],
    ['loopback', '::1', '2001:db8::1', '2001:db8::1'],
  ] as const)(
    'when trusting %s, a request from %s forwarded for %s comes from %s',
    (trust, peer, forwarded, expected) => {
      const resolve = clientAddressResolver(trust);
      expect(resolve(request(peer, forwarded))).toBe(expected);
      // Asked again (the remembered answer), it must not change.
      expect(resolve(request(peer, forwarded))).toBe(expected);
    },
  );

  it('when the same header comes through another connection, then the peers are not mixed up', () => {
    const resolve = clientAddressResolver('loopback');
    expect(resolve(request('127.0.0.1', '203.0.113.9'))).toBe('203.0.113.9');
    expect(resolve(request('192.0.2.7', '203.0.113.9'))).toBe('192.0.2.7');
  });

  it('when one connection brings another header, then the remembered answer is not reused', () => {
    const resolve = clientAddressResolver('loopback');
    const socket = { remoteAddress: '127.0.0.1' };
    const on = (forwarded?: string) =>
      ({
        headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
        socket,
      }) as unknown as IncomingMessage;
    expect(resolve(on('203.0.113.9'))).toBe('203.0.113.9');
    expect(resolve(on('203.0.113.9'))).toBe('203.0.113.9');
    expect(resolve(on('198.51.100.4'))).toBe('198.51.100.4');
    expect(resolve(on())).toBe('127.0.0.1');
    expect(resolve(on('203.0.113.9'))).toBe('203.0.113.9');
  });

  it('when two resolvers trust differently, then one connection gets each its own answer', () => {
    const socket = { remoteAddress: '127.0.0.1' };
    const req = {
      headers: { 'x-forwarded-for': '203.0.113.9' },
      socket,
    } as unknown as IncomingMessage;
    expect(clientAddressResolver('loopback')(req)).toBe('203.0.113.9');
    expect(clientAddressResolver(false)(req)).toBe('127.0.0.1');
  });

  it('when trusting a hop count, then it answers as proxy-addr does for each chain', () => {
    const resolve = clientAddressResolver(1);
    const chain = '198.51.100.1, 198.51.100.2';
    const direct = proxyaddr(request('10.0.0.1', chain), (_address, hop) => hop < 1);
    expect(resolve(request('10.0.0.1', chain))).toBe(direct);
  });

  it('when the chain is long, then the first untrusted hop still wins', () => {
    const resolve = clientAddressResolver(true);
    const chain = `${Array.from({ length: 40 }, (_, i) => `198.51.100.${i}`).join(', ')}`;
    expect(resolve(request('127.0.0.1', chain))).toBe('198.51.100.0');
  });
});
