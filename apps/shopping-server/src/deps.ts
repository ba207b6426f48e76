import type { Redis } from '@aneis/cache';
import type { ShoppingServerConfig } from '@aneis/config';
import type { ShopModels } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import type { Mailer } from '@aneis/mail';
import type { KhaltiPort } from './payments/khalti-port.js';
import type { StripePort } from './payments/stripe-port.js';

/** Everything the app needs from the outside, so tests can build it on port 0 with real parts. */
export interface ShoppingDeps {
  config: ShoppingServerConfig;
  logger: Logger;
  models: ShopModels;
  /** Readiness probe for MongoDB. */
  pingMongo: () => Promise<boolean>;
  /**
   * A client whose key prefix is the server's (`config.redis.keyPrefix`). Undefined with
   * REDIS_URL=memory://: sessions and rate limits stay in this process, and there is no cache.
   */
  redis: Redis | undefined;
  mailer: Mailer;
  /** Absent when the provider has no key configured: its routes answer 503. */
  stripe?: StripePort | undefined;
  khalti?: KhaltiPort | undefined;
  /** Injected so tests can move time (token expiry). */
  now?: () => Date;
}
