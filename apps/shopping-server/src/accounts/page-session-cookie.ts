import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

/*
 * The session cookie belongs to the API's host (`shopping.<domain>`), so the storefront's pages
 * (`<domain>/shopping/…`, rendered by this same server) never see it. At login the API also sets
 * this cookie for the pages: the user id and a tag only this server can make from the session
 * id. It is no credential (no API call accepts it, and the session id cannot be read from it);
 * a page checks the tag against the user's live sessions, so a logout, an expired session or a
 * revoked one greets nobody, whatever the browser still holds.
 */

export interface PageSessionCookieOptions {
  /** The session cookie's name: this one is named after it (`shop.sid` → `shop.sid.pages`). */
  sessionCookieName: string;
  secret: string;
  /** PUBLIC_STOREFRONT_URL: the pages' host and path. */
  storefrontUrl: string;
  secure: boolean;
  maxAgeMs: number;
}

export interface PageSessionCookie {
  /** After a login on `req`'s host: tells the storefront's pages whose session the browser holds. */
  set(req: Request, res: Response, userId: string, sessionId: string): void;
  /** At logout. */
  clear(req: Request, res: Response): void;
  /** The user the request's cookie names and whether `sessionId` is the session it was set for. */
  read(req: Request): { userId: string; isFor: (sessionId: string) => boolean } | null;
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function pageSessionCookie(options: PageSessionCookieOptions): PageSessionCookie {
  const name = `${options.sessionCookieName}.pages`;
  const storefront = new URL(options.storefrontUrl);
  const pagesHost = storefront.hostname.toLowerCase();
  const path = storefront.pathname.replace(/\/+$/, '') || '/';
  // A key of its own: nothing this cookie carries can stand for the session cookie's signature.
  const key = createHmac('sha256', options.secret).update('storefront page session').digest();
  const tagOf = (userId: string, sessionId: string) =>
    createHmac('sha256', key).update(`${userId}.${sessionId}`).digest('base64url');

  /** The pages are on the API's host or on the domain it is a subdomain of; otherwise unreachable. */
  const cookieOptions = (req: Request): CookieOptions | null => {
    const apiHost = req.hostname.toLowerCase();
    const shared: CookieOptions = {
      path,
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secure,
    };
    if (apiHost === pagesHost) return shared;
    if (apiHost.endsWith(`.${pagesHost}`)) return { ...shared, domain: pagesHost };
    return null;
  };

  return {
    set(req, res, userId, sessionId) {
      const where = cookieOptions(req);
      if (!where) return;
      res.cookie(name, `${userId}.${tagOf(userId, sessionId)}`, {
        ...where,
        maxAge: options.maxAgeMs,
        encode: String,
      });
    },
    clear(req, res) {
      const where = cookieOptions(req);
      if (where) res.clearCookie(name, where);
    },
    read(req) {
      const value = cookieValue(req, name);
      const [userId, tag, extra] = value?.split('.') ?? [];
      if (!userId || !tag || extra !== undefined) return null;
      const given = Buffer.from(tag);
      return {
        userId,
        isFor: (sessionId) => {
          const expected = Buffer.from(tagOf(userId, sessionId));
          return expected.length === given.length && timingSafeEqual(expected, given);
        },
      };
    },
  };
}
