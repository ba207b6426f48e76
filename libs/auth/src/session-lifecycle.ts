import type { Request, Response } from 'express';
import type { Session } from 'express-session';
import type { EstablishedSessionData } from './session-data.js';
import type { SessionRegistry } from './session-registry.js';

export interface SessionLifecycleOptions {
  /** When given, the session is (un)registered under its user for later revocation. */
  registry?: SessionRegistry;
}

/**
 * Logs a user in: a brand-new session id is issued (the pre-login id, which an attacker may have
 * planted, dies with its session), then the data is stored and saved before the caller answers.
 */
export async function establishSession(
  req: Request,
  data: EstablishedSessionData,
  options: SessionLifecycleOptions = {},
): Promise<void> {
  await promisify((done) => sessionOf(req).regenerate(done));
  const session = sessionOf(req);
  Object.assign(session, data);
  await options.registry?.track(data.userId, req.sessionID);
  await promisify((done) => session.save(done));
}

/** Logs out: the stored session is destroyed and the browser is told to drop the cookie. */
export async function endSession(
  req: Request,
  res: Response,
  cookieName: string,
  options: SessionLifecycleOptions = {},
): Promise<void> {
  const session = req.session as (Session & { userId?: string }) | undefined;
  if (session) {
    const { userId } = session;
    const sessionId = req.sessionID;
    const { path, domain, sameSite, secure, httpOnly } = session.cookie;
    await promisify((done) => session.destroy(done));
    if (userId !== undefined) await options.registry?.untrack(userId, sessionId);
    res.clearCookie(cookieName, {
      path: path ?? '/',
      ...(domain === undefined ? {} : { domain }),
      ...(sameSite === undefined ? {} : { sameSite }),
      ...(typeof secure === 'boolean' ? { secure } : {}),
      ...(httpOnly === undefined ? {} : { httpOnly }),
    });
    return;
  }
  res.clearCookie(cookieName, { path: '/' });
}

function sessionOf(req: Request): Session {
  const session = req.session as Session | undefined;
  if (!session) throw new Error('No session on the request: is the session middleware mounted?');
  return session;
}

function promisify(run: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    run((error?: unknown) => (error ? reject(toError(error)) : resolve()));
  });
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
