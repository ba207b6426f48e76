import { loadConfigOrExit, managementServerConfigSchema } from '@aneis/config';
import {
  backfillEmailClaims,
  backfillOrderNumbers,
  backfillSlugs,
  registerModels,
} from '@aneis/data';
import { startHttpServer } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import { createMailer } from '@aneis/mail';
import { createManagementApp } from './app.js';
import { startImageSweeper } from './images/image-sweeper.js';
import { connectInfrastructure } from './infrastructure.js';
import { finishOwedWork } from './orders/finish-owed-work.js';
import { startOwedWorkSweeper } from './orders/owed-work-sweeper.js';
import { backfillPaymentStatus } from './seed/backfill-payment-status.js';
import { backfillProductFacets } from './seed/backfill-product-facets.js';
import { backfillShippingAliases } from './seed/backfill-shipping-aliases.js';
import { backfillVeniqaCarriers } from './seed/backfill-veniqa-carriers.js';
import { seedFirstAdmin } from './seed/seed-first-admin.js';
import { seedReferenceData } from './seed/seed-reference-data.js';

const config = loadConfigOrExit(managementServerConfigSchema);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
  syslog: config.syslog,
});

const infrastructure = await connectInfrastructure(config, logger);
const { mongo, redis, shoppingCacheRedis } = infrastructure;
const models = registerModels(mongo.connection);
// Only empty collections are filled, so this is safe on every start (and on every replica).
logger.info('reference data checked', { written: await seedReferenceData(models) });
// Shipping methods from before aliases take Veniqa's storefront ids too; idempotent.
logger.info('shipping aliases checked', { changed: await backfillShippingAliases(models) });
logger.info('Veniqa carrier codes checked', {
  added: await backfillVeniqaCarriers(models, mongo.connection),
});
// Orders from before payment states get the one their payment entries imply; once.
logger.info('order payment states checked', {
  changed: await backfillPaymentStatus(models, mongo.connection),
});
// Products from before the storefront's metal and size filters get filed; idempotent.
logger.info('product facets checked', { filed: await backfillProductFacets(models) });
// Products and categories from before storefront slugs get theirs; idempotent (either server may run it).
logger.info('storefront slugs checked', await backfillSlugs(models));
// Admins from before e-mail claims (old databases) get theirs; idempotent.
await backfillEmailClaims(models.EmailClaim, 'admin', models.Admin, { logger });
// Orders from before order numbers get theirs, oldest first; idempotent (either server may run it).
logger.info('order numbers checked', { numbered: await backfillOrderNumbers(models) });
if (config.seedAdmin) {
  const outcome = await seedFirstAdmin(
    { admins: models.Admin, claims: models.EmailClaim },
    config.seedAdmin,
    config.auth.bcryptCost,
  );
  logger.info('seed superadmin checked', { outcome });
}

const mailer = createMailer({
  sendgridApiKey: config.mail.sendgridApiKey,
  rendering: config.mail.rendering,
  from: config.mail.from,
  outboxDir: config.mail.outboxDir,
  templates: config.mail.templates,
  logger,
});

const s3ImageStorage = config.images.s3
  ? (await import('./images/s3-image-storage.js')).createS3ImageStorage(config.images.s3)
  : undefined;

const { app, services } = createManagementApp({
  config,
  logger,
  redis,
  shoppingCacheRedis,
  connection: mongo.connection,
  mailer,
  pingMongo: () => mongo.ping(),
  ...(s3ImageStorage ? { s3ImageStorage } : {}),
});

// Units, card refunds, shoppers' mails and audit entries a cancellation or return owed when the
// last run died are finished; once each, even when several instances start together.
logger.info('owed order work finished', await finishOwedWork(services));
// What fails while running (SendGrid or Stripe unreachable) is retried without a restart.
const owedWorkSweeper = startOwedWorkSweeper(services, { intervalMs: config.owedWorkSweepMs });

// Uploads whose product was never saved, replaced images, deleted products' pictures.
const imageSweeper = startImageSweeper(services);

await startHttpServer(app, {
  port: config.server.port,
  host: config.server.host,
  logger,
  graceMs: config.server.shutdownGraceMs,
  // The sweepers stop before MongoDB closes under them.
  onShutdown: [
    () => imageSweeper.stop(),
    () => owedWorkSweeper.stop(),
    () => services.passwords.close(),
    ...infrastructure.closers,
  ],
});
