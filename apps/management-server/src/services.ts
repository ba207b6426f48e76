import {
  createCredentialChecker,
  createLoginThrottle,
  createPasswordHasher,
  type CredentialChecker,
  type LoginThrottle,
  type PasswordHasher,
  type SessionRegistry,
} from '@aneis/auth';
import {
  adminModel,
  auditEntryModel,
  registerModels,
  type ShopModels,
  type AdminDocument,
  type AdminRecord,
  type AuditEntryRecord,
} from '@aneis/data';
import type { Model } from 'mongoose';
import type { Logger } from 'winston';
import type { AppDeps } from './app-deps.js';
import { createAuditLog, type AuditLog } from './audit/audit-log.js';
import type { DashboardSummary } from '@aneis/contracts';
import type { LinkStyle } from '@aneis/mail';
import { createShopCacheInvalidator, type ShopCacheInvalidator } from './cache/shop-cache.js';
import { createBriefCache } from './dashboard/dashboard-cache.js';
import type { ImageStorage } from './images/image-storage.js';
import { createLocalImageStorage, type LocalImageStorage } from './images/local-image-storage.js';
import { createMailSender, type MailSender } from './mail/admin-mail.js';
import type { StripeRefundPort } from './payments/stripe-refund-port.js';
import { createStripeRefunds } from './payments/stripe-refunds.js';
import { redisKeysOf } from './redis-keys.js';

/** What domain functions work with: models and ports, nothing of Express. */
export interface Services {
  shop: ShopModels;
  admins: Model<AdminRecord>;
  auditEntries: Model<AuditEntryRecord>;
  audit: AuditLog;
  mail: MailSender;
  sessions: SessionRegistry;
  credentials: CredentialChecker<AdminDocument>;
  /** bcrypt in worker threads, capped per process (close it at shutdown). */
  passwords: PasswordHasher;
  /** Per-account limit on sign-in attempts, whatever address they come from. */
  loginThrottle: LoginThrottle;
  publicAdminUrl: string;
  /** ADMIN_LINK_STYLE: how links into the admin UI are written. */
  adminLinkStyle: LinkStyle;
  /** Where order links in mails to shoppers point. */
  publicStorefrontUrl: string;
  storefrontLinkStyle: LinkStyle;
  now: () => Date;
  logger: Logger;
  images: ImageStorage;
  /** Set when images live in our own folder (served by this server's `/images` routes). */
  localImages: LocalImageStorage | undefined;
  allowedImageHosts: readonly string[];
  shopCache: ShopCacheInvalidator;
  dashboardCache: ReturnType<typeof createBriefCache<DashboardSummary>>;
  /** Drops what this process cached about orders (the dashboard). */
  ordersChanged: () => void;
  /** Card refunds; undefined without STRIPE_SECRET_KEY (card orders then cannot be refunded). */
  stripeRefunds: StripeRefundPort | undefined;
}

/** How long a computed dashboard is reused. */
export const DASHBOARD_CACHE_MS = 15_000;

/** `sessions` comes from `sessionStoresFor`: the session middleware must share its store. */
export function createServices(deps: AppDeps, sessions: SessionRegistry): Services {
  const { auth } = deps.config;
  const passwords = createPasswordHasher({
    cost: auth.bcryptCost,
    threads: auth.hashThreads,
    maxQueued: auth.hashQueue,
    maxWaitMs: auth.hashMaxWaitMs,
  });
  const s3Storage = deps.s3ImageStorage;
  const now = deps.now ?? (() => new Date());
  const auditEntries = auditEntryModel(deps.connection);
  const { images: imageConfig } = deps.config;
  if (imageConfig.s3 && !s3Storage) {
    throw new Error('S3_* is configured: pass s3ImageStorage (createS3ImageStorage) in the deps');
  }
  const localImages = imageConfig.s3
    ? undefined
    : createLocalImageStorage({
        dir: imageConfig.storageDir,
        baseUrl: deps.imageBaseUrl ?? imageConfig.publicBaseUrl,
        secret: imageConfig.urlSecret,
        now,
      });
  const dashboardCache = createBriefCache<DashboardSummary>(DASHBOARD_CACHE_MS);
  return {
    shop: registerModels(deps.connection),
    admins: adminModel(deps.connection),
    auditEntries,
    audit: createAuditLog(auditEntries, deps.logger, now),
    mail: createMailSender(deps.mailer, deps.logger),
    sessions,
    credentials: createCredentialChecker<AdminDocument>({ hasher: passwords }),
    passwords,
    loginThrottle: createLoginThrottle({
      redis: deps.redis,
      keyPrefix: redisKeysOf(deps.config.redis.keyPrefix).loginAttempts,
      maxAttempts: auth.loginAttemptsPerAccount,
      lockMs: auth.loginLockMs,
    }),
    publicAdminUrl: deps.config.publicAdminUrl,
    adminLinkStyle: deps.config.adminLinkStyle,
    publicStorefrontUrl: deps.config.publicStorefrontUrl,
    storefrontLinkStyle: deps.config.storefrontLinkStyle,
    now,
    logger: deps.logger,
    images: s3Storage ?? (localImages as LocalImageStorage),
    localImages,
    allowedImageHosts: imageConfig.allowedHosts,
    shopCache: createShopCacheInvalidator(deps.shoppingCacheRedis, deps.logger),
    dashboardCache,
    ordersChanged: () => dashboardCache.clear(),
    stripeRefunds: deps.config.stripe ? createStripeRefunds(deps.config.stripe) : undefined,
  };
}
