import { sessionStoresFor } from '@aneis/auth';
import {
  authRateLimiter,
  createHttpApp,
  IN_PROCESS_STATE_WARNING,
  refuseForeignOrigins,
} from '@aneis/http';
import { Router, type Express } from 'express';
import type { AppDeps } from './app-deps.js';
import { openApiRoute } from './docs/openapi-route.js';
import { redisKeysOf } from './redis-keys.js';
import { IMAGE_UPLOAD_PREFIX, imageRoutes } from './images/image-routes.js';
import { accountHandlers } from './routing/account-handlers.js';
import { catalogHandlers } from './routing/catalog-handlers.js';
import { customerHandlers } from './routing/customer-handlers.js';
import { featuredHandlers } from './routing/featured-handlers.js';
import { couponHandlers } from './routing/coupon-handlers.js';
import { orderHandlers } from './routing/order-handlers.js';
import { referenceHandlers } from './routing/reference-handlers.js';
import { managementRouteTable } from './routing/management-routes.js';
import { createServices, type Services } from './services.js';

export interface ManagementApp {
  app: Express;
  services: Services;
}

/** Builds the management server from injected dependencies (tests start it on port 0). */
export function createManagementApp(deps: AppDeps): ManagementApp {
  const { config, logger, redis } = deps;
  const keys = redisKeysOf(config.redis.keyPrefix);
  if (!redis) logger.warn(IN_PROCESS_STATE_WARNING);
  const sessionStores = sessionStoresFor({
    redis,
    sessionPrefix: keys.sessions,
    indexPrefix: keys.sessionIndex,
  });
  const services = createServices(deps, sessionStores.registry);
  const authLimiter = authRateLimiter({
    redis,
    logger,
    keyPrefix: keys.authRateLimit,
    limit: config.rateLimit.authPerMinute * 15,
  });

  const app = createHttpApp({
    logger,
    redis,
    sessionStore: sessionStores.memoryStore,
    corsOrigins: config.cors.origins,
    production: config.nodeEnv === 'production',
    trustProxy: config.server.trustProxy,
    bodyLimit: config.server.bodyLimit,
    // Local image storage takes raw image bytes; every other route reads JSON only.
    otherBodyPathPrefixes: [IMAGE_UPLOAD_PREFIX],
    session: {
      secret: config.session.secret,
      cookieName: config.session.cookieName,
      keyPrefix: keys.sessions,
      ttlMs: config.session.ttlMs,
    },
    rateLimit: { limit: config.rateLimit.perMinute, keyPrefix: keys.rateLimit },
    // Redis is reported, never a reason to leave the rotation: sessions answer 503 on their
    // own while it is away (see libs/http readiness)
    readinessChecks: redis
      ? {
          mongo: deps.pingMongo,
          redis: { check: async () => (await redis.ping()) === 'PONG', unreadyAfterMs: Infinity },
        }
      : { mongo: deps.pingMongo },
    routes: (app) => {
      // Off the contract, mounted as they are: the OpenAPI document and local image storage.
      app.get('/docs/openapi.json', openApiRoute(config.session.cookieName));
      if (services.localImages) {
        app.use(imageRoutes(services.localImages, config.images.urlSecret, services.now));
      }
      const router = Router();
      managementRouteTable(
        {
          ...accountHandlers(services, {
            authLimiter,
            sameSiteOnly: refuseForeignOrigins(config.cors.origins),
          }),
          ...catalogHandlers(services),
          ...featuredHandlers(services),
          ...referenceHandlers(services),
          ...orderHandlers(services),
          ...customerHandlers(services),
          ...couponHandlers(services),
        },
        {
          admins: services.admins,
          sessions: services.sessions,
          cookieName: config.session.cookieName,
        },
      ).mount(router);
      app.use(router);
    },
  });
  return { app, services };
}
