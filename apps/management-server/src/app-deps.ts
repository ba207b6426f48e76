import type { ManagementServerConfig } from '@aneis/config';
import type { Mailer } from '@aneis/mail';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { ImageStorage } from './images/image-storage.js';
import type { Logger } from 'winston';

/** Everything the app needs from outside; `main.ts` gives real ones, tests their own. */
export interface AppDeps {
  config: ManagementServerConfig;
  logger: Logger;
  /**
   * A client without an ioredis key prefix: the config's prefix is added to every key here.
   * Undefined with REDIS_URL=memory://: sessions and rate limits stay in this process.
   */
  redis: Redis | undefined;
  /** The mongoose connection the models are registered on. */
  connection: Connection;
  mailer: Mailer;
  /** Readiness of MongoDB for `/readyz`. */
  pingMongo: () => Promise<boolean>;
  /**
   * A client whose ioredis key prefix is the shopping server's: bumping its cache namespaces
   * there makes the storefront re-read what an admin changed. Undefined with REDIS_URL=memory://
   * (the shopping server then keeps no cache to invalidate).
   */
  shoppingCacheRedis: Redis | undefined;
  /**
   * Public URL of this server's `/images` routes (local storage). Default: the config's
   * `PUBLIC_IMAGE_BASE_URL` (this server's own host followed by `/images`).
   */
  imageBaseUrl?: string;
  /**
   * Required when S3_* is configured. Built by the caller so the AWS SDK (tens of MiB) is only
   * loaded by deployments that use it.
   */
  s3ImageStorage?: ImageStorage;
  /** The current time; tests pin it. */
  now?: () => Date;
}
