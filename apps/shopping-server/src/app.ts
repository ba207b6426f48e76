import { createLoginThrottle, createPasswordHasher, sessionStoresFor } from '@aneis/auth';
import { redisHealth } from '@aneis/cache';
import {
  authRateLimiter,
  createHttpApp,
  IN_PROCESS_STATE_WARNING,
  refuseForeignOrigins,
} from '@aneis/http';
import { Router, type Express } from 'express';
import type { PasswordResetDeps } from './accounts/password-reset.js';
import { systemClock } from './clock.js';
import { refuseBlockedSessions } from './accounts/blocked-account.js';
import type { ShoppingDeps } from './deps.js';
import { createShopMail, type ShopMail } from './emails/shop-mail.js';
import { createShopCaches } from './catalog/catalog-cache.js';
import { cartRoutes } from './http/cart-routes.js';
import { catalogRoutes } from './http/catalog-routes.js';
import { docsRoutes } from './http/docs-routes.js';
import { orderRoutes } from './http/order-routes.js';
import { shoppingRouteTable } from './http/route-table.js';
import { securityRoutes } from './http/security-routes.js';
import type { ShopContext } from './http/shop-context.js';
import { uiRoutes } from './http/ui-routes.js';
import { storefrontUrls } from './storefront-pages/page-urls.js';
import { storefrontPageRoutes } from './storefront-pages/storefront-page-routes.js';
import {
  DEFAULT_RENDERER_URL,
  storefrontRendererSource,
} from './storefront-pages/storefront-renderer.js';
import { storefrontShellSource } from './storefront-pages/storefront-shell.js';
import { storefrontViewer } from './storefront-pages/storefront-viewer.js';
import { pageSessionCookie } from './accounts/page-session-cookie.js';
import { cachingRendererSource } from './storefront-pages/render-cache.js';
import { createFetchKhalti } from './payments/fetch-khalti.js';
import { createStripeClient } from './payments/stripe-client.js';
import { userRoutes } from './http/user-routes.js';

/** Redis sub-prefixes under the client's own prefix (`shop:` → `shop:sess:…`). */
export const REDIS_KEYS = {
  sessions: 'sess:',
  rateLimit: 'rl:',
  authRateLimit: 'rl-auth:',
  loginAttempts: 'login-attempts:',
} as const;

/** The page cookie outlives idle sessions: each page checks that its session is still alive. */
const PAGE_COOKIE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Routes that read public data only: no session, routine hits logged at debug. */
const PUBLIC_PATHS = ['/catalog', '/ui', '/docs', '/sitemap.xml', '/robots.txt'];

export interface ShoppingApp {
  app: Express;
  /** Resolves once e-mails triggered by earlier requests are handed to the mailer. */
  mail: ShopMail;
  /** Stops the password hashing threads; call it at shutdown, after the server has closed. */
  closePasswords: () => Promise<void>;
}

/** Builds the whole app from injected parts; `main.ts` wires real ones, tests their own. */
export function createShoppingApp(given: ShoppingDeps): ShoppingApp {
  const { config } = given;
  // Providers with a configured key get their clients unless a test injects its own port.
  const deps: ShoppingDeps = {
    ...given,
    stripe: given.stripe ?? (config.payments.stripe && createStripeClient(config.payments.stripe)),
    khalti: given.khalti ?? (config.payments.khalti && createFetchKhalti(config.payments.khalti)),
  };
  const { logger, redis } = deps;
  const now = deps.now ?? systemClock;
  const mail = createShopMail(
    deps.mailer,
    logger,
    config.publicStorefrontUrl,
    config.storefrontLinkStyle,
    config.bankTransfer,
  );
  if (!redis) logger.warn(IN_PROCESS_STATE_WARNING);
  const { registry: sessions, memoryStore } = sessionStoresFor({
    redis,
    sessionPrefix: REDIS_KEYS.sessions,
  });
  const authLimiter = authRateLimiter({
    redis,
    logger,
    keyPrefix: REDIS_KEYS.authRateLimit,
    limit: config.rateLimit.authPerMinute,
    windowMs: 60_000,
  });
  const passwords = createPasswordHasher({
    cost: config.auth.bcryptCost,
    threads: config.auth.hashThreads,
    maxQueued: config.auth.hashQueue,
    maxWaitMs: config.auth.hashMaxWaitMs,
  });
  const loginThrottle = createLoginThrottle({
    redis,
    keyPrefix: REDIS_KEYS.loginAttempts,
    maxAttempts: config.auth.loginAttemptsPerAccount,
    lockMs: config.auth.loginLockMs,
  });
  const pageCookie = pageSessionCookie({
    sessionCookieName: config.session.cookieName,
    secret: config.session.secret,
    storefrontUrl: config.publicStorefrontUrl,
    secure: config.nodeEnv === 'production',
    maxAgeMs: PAGE_COOKIE_MAX_AGE_MS,
  });
  const passwordDeps: PasswordResetDeps = { models: deps.models, mail, sessions, passwords, now };

  const context: ShopContext = {
    deps,
    caches: createShopCaches(redis, logger, config.catalogCache.localTtlMs),
    mail,
    now,
  };

  const routes = shoppingRouteTable(
    {
      ...securityRoutes({
        deps,
        mail,
        sessions,
        pageCookie,
        authLimiter,
        sameSiteOnly: refuseForeignOrigins(config.cors.origins),
        loginThrottle,
        passwordDeps,
      }),
      ...cartRoutes(context),
      ...userRoutes(context),
      ...orderRoutes(context),
      ...catalogRoutes(context),
      ...uiRoutes(context),
    },
    [
      refuseBlockedSessions({
        models: deps.models,
        sessions,
        cookieName: config.session.cookieName,
      }),
    ],
  );

  const app = createHttpApp({
    logger,
    redis,
    sessionStore: memoryStore,
    corsOrigins: config.cors.origins,
    production: config.nodeEnv === 'production',
    trustProxy: config.server.trustProxy,
    bodyLimit: config.server.bodyLimit,
    session: {
      secret: config.session.secret,
      cookieName: config.session.cookieName,
      keyPrefix: REDIS_KEYS.sessions,
      ttlMs: config.session.ttlMs,
    },
    rateLimit: { limit: config.rateLimit.perMinute, keyPrefix: REDIS_KEYS.rateLimit },
    // Redis is reported, never a reason to leave the rotation: its routes answer 503 on their
    // own while it is away, and the catalogue falls back to MongoDB (see libs/http readiness)
    readinessChecks: redis
      ? {
          mongo: deps.pingMongo,
          redis: { check: () => redisHealth(redis), unreadyAfterMs: Infinity },
        }
      : { mongo: deps.pingMongo },
    // Catalogue and storefront reference reads are the bulk of the traffic: a line per hit at
    // info would cost more than the hit; their failures and slow ones are still logged.
    quietPathPrefixes: PUBLIC_PATHS,
    // Public reads need no session: the catalogue's fast routes skip its Redis round trips
    // (and, for a logged-in shopper, do not extend the session's idle lifetime).
    jsonRoutes: routes.fastRoutes,
    // Off the contract, mounted as it is: the OpenAPI document.
    publicRoutes: (app) => {
      app.use('/docs', docsRoutes(config.session.cookieName));
      // The storefront's findable pages (HTML for search engines and first paint): no session,
      // only the page cookie that names a logged-in shopper's (see page-session-cookie.ts).
      app.use(
        storefrontPageRoutes({
          models: deps.models,
          cache: context.caches.catalog,
          shell: storefrontShellSource(config.storefrontShellUrl),
          renderer: cachingRendererSource(
            storefrontRendererSource(config.storefrontSsrModuleUrl ?? DEFAULT_RENDERER_URL, (m) =>
              logger.warn(m),
            ),
          ),
          urls: storefrontUrls(config.publicStorefrontUrl, config.publicImageBaseUrl),
          viewer: storefrontViewer({
            models: deps.models,
            sessions,
            cookie: pageCookie,
            warn: (message) => logger.warn(message),
          }),
          warn: (message) => logger.warn(message),
        }),
      );
    },
    routes: (app) => {
      const router = Router();
      routes.mount(router);
      app.use(router);
    },
  });
  return { app, mail, closePasswords: () => passwords.close() };
}
