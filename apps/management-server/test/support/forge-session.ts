import { createHmac, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Writes a session straight into Redis the way express-session + connect-redis store it and
 * returns the signed cookie that points at it. Lets tests hold many sessions without paying for
 * a bcrypt login each, and lets them plant sessions of the other server.
 */
export async function forgeSession(options: {
  redis: Redis;
  keyPrefix: string;
  cookieName: string;
  secret: string;
  data: Record<string, unknown>;
  ttlSeconds?: number;
}): Promise<{ cookie: string; sessionId: string }> {
  const sessionId = randomUUID();
  const ttl = options.ttlSeconds ?? 1800;
  const session = {
    cookie: {
      originalMaxAge: ttl * 1000,
      expires: new Date(Date.now() + ttl * 1000).toISOString(),
      httpOnly: true,
      path: '/',
      sameSite: 'lax',
      secure: false,
    },
    ...options.data,
  };
  await options.redis.set(`${options.keyPrefix}${sessionId}`, JSON.stringify(session), 'EX', ttl);
  const signature = createHmac('sha256', options.secret)
    .update(sessionId)
    .digest('base64')
    .replace(/=+$/, '');
  const value = encodeURIComponent(`s:${sessionId}.${signature}`);
  return { cookie: `${options.cookieName}=${value}`, sessionId };
}
