import type { Request, Response } from 'express';
import { pageSessionCookie } from './page-session-cookie.js';

const cookie = pageSessionCookie({
  sessionCookieName: 'shop.sid',
  secret: 'a-test-secret-of-enough-length-for-sessions',
  storefrontUrl: 'https://loja.example/shopping',
  secure: true,
  maxAgeMs: 60_000,
});

/** What `res.cookie` was asked to set, by name. */
function responseSpy() {
  const set: { name: string; value: string; options: Record<string, unknown> }[] = [];
  const res = {
    cookie(name: string, value: string, options: Record<string, unknown>) {
      set.push({ name, value, options });
      return res;
    },
  };
  return { res: res as unknown as Response, set };
}

const requestOn = (hostname: string, cookieHeader = '') =>
  ({ hostname, headers: { cookie: cookieHeader } }) as unknown as Request;

describe('pageSessionCookie', () => {
  it('when the API is on a subdomain of the storefront, then the cookie goes to the storefront’s pages only, unreadable by scripts', () => {
    const { res, set } = responseSpy();
    cookie.set(requestOn('shopping.loja.example'), res, 'u1', 'sid-1');

    expect(set).toHaveLength(1);
    expect(set[0]?.name).toBe('shop.sid.pages');
    expect(set[0]?.options).toMatchObject({
      domain: 'loja.example',
      path: '/shopping',
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
    });
  });

  it('when the API is on a host the pages are not under, then no cookie is set', () => {
    const { res, set } = responseSpy();
    cookie.set(requestOn('api.elsewhere.example'), res, 'u1', 'sid-1');
    cookie.set(requestOn('evil-loja.example'), res, 'u1', 'sid-1');
    expect(set).toEqual([]);
  });

  it('when a page reads the cookie, then it names the user and matches only the session it was set for', () => {
    const { res, set } = responseSpy();
    cookie.set(requestOn('shopping.loja.example'), res, 'u1', 'sid-1');
    const header = `other=1; shop.sid.pages=${set[0]?.value ?? ''}`;

    const claim = cookie.read(requestOn('loja.example', header));

    expect(claim?.userId).toBe('u1');
    expect(claim?.isFor('sid-1')).toBe(true);
    expect(claim?.isFor('sid-2')).toBe(false);
    // the session id itself is not in the cookie
    expect(set[0]?.value).not.toContain('sid-1');
  });

  it('when the cookie names another user than it was made for, or is malformed, then it matches nothing', () => {
    const { res, set } = responseSpy();
    cookie.set(requestOn('shopping.loja.example'), res, 'u1', 'sid-1');
    const tag = (set[0]?.value ?? '').split('.')[1];

    expect(cookie.read(requestOn('loja.example', `shop.sid.pages=u2.${tag}`))?.isFor('sid-1')).toBe(
      false,
    );
    expect(cookie.read(requestOn('loja.example', 'shop.sid.pages=u1'))).toBeNull();
    expect(cookie.read(requestOn('loja.example', 'shop.sid.pages=u1.a.b'))).toBeNull();
    expect(cookie.read(requestOn('loja.example'))).toBeNull();
  });
});
