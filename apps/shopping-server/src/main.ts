import { closeRedis, createRedisClient } from '@aneis/cache';
import { loadConfigOrExit, shoppingServerConfigSchema } from '@aneis/config';
import {
  backfillEmailClaims,
  backfillOrderNumbers,
  backfillSlugs,
  createMongoConnection,
  registerModels,
  startEmbeddedMongo,
} from '@aneis/data';
import { startHttpServer } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import { createMailer } from '@aneis/mail';
import { createShoppingApp } from './app.js';

const config = loadConfigOrExit(shoppingServerConfigSchema);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
  syslog: config.syslog,
});

try {
  // Without MONGODB_URI (development only: production config refuses it) run the embedded engine.
  const embedded =
    config.mongodb.uri === undefined
      ? await startEmbeddedMongo({ dataDir: config.dataDir })
      : undefined;
  const mongo = createMongoConnection({
    uri: config.mongodb.uri ?? embedded?.uri ?? '',
    embedded: embedded !== undefined,
    logger,
  });
  await mongo.connect();
  const models = registerModels(mongo.connection);
  // Accounts from before e-mail claims (old databases, the demo seed) get theirs; idempotent.
  await backfillEmailClaims(models.EmailClaim, 'customer', models.Customer, { logger });
  // Orders from before order numbers get theirs, oldest first; idempotent (either server may run it).
  logger.info('order numbers checked', { numbered: await backfillOrderNumbers(models) });
  // Products and categories from before storefront slugs get theirs; idempotent, like the above.
  logger.info('storefront slugs checked', await backfillSlugs(models));
  // REDIS_URL=memory://: no client at all; the app keeps its state in this process (and says so).
  const redis = config.redis.inMemory
    ? undefined
    : createRedisClient({
        url: config.redis.url,
        keyPrefix: config.redis.keyPrefix,
        password: config.redis.password,
        ...(config.redis.sentinels
          ? { sentinels: config.redis.sentinels.hosts, sentinelName: config.redis.sentinels.name }
          : {}),
        logger,
      });
  const mailer = createMailer({
    from: config.mail.from,
    outboxDir: config.mail.outboxDir,
    sendgridApiKey: config.mail.sendgridApiKey,
    rendering: config.mail.rendering,
    templates: config.mail.templates,
    logger,
  });
  const { app, mail, closePasswords } = createShoppingApp({
    config,
    logger,
    models,
    pingMongo: () => mongo.ping(),
    redis,
    mailer,
  });
  await startHttpServer(app, {
    port: config.server.port,
    host: config.server.host,
    graceMs: config.server.shutdownGraceMs,
    logger,
    onShutdown: [
      () => mail.settled(),
      closePasswords,
      () => mongo.close(),
      async () => embedded?.stop(),
      async () => (redis ? closeRedis(redis) : undefined),
    ],
  });
} catch (error) {
  logger.error('shopping server failed to start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exitCode = 1;
}
