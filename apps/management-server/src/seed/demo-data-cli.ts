import { loadConfigOrExit, managementServerConfigSchema } from '@aneis/config';
import { auditEntryModel, registerModels } from '@aneis/data';
import { createLogger } from '@aneis/logging';
import { createAuditLog } from '../audit/audit-log.js';
import { createShopCacheInvalidator } from '../cache/shop-cache.js';
import { createLocalImageStorage } from '../images/local-image-storage.js';
import { connectInfrastructure } from '../infrastructure.js';
import { defaultRenderCache } from './illustration/render-cache.js';
import { describeDemoCatalogue, seedDemoCatalogue } from './seed-demo-catalogue.js';

/**
 * `node dist/seed/demo-data-cli.js` (the local stack runs it after `seed-cli.js`): seeds the demo
 * ring catalogue into the database and image folder of the management server's environment,
 * printing its progress and a summary. Exits 0 when done, 1 with the reason when not.
 */
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const config = loadConfigOrExit(managementServerConfigSchema);
const logger = createLogger({ service: `${config.serviceName}-demo-data`, level: config.logLevel });

if (config.images.s3) {
  process.stderr.write(
    'demo catalogue: FAILED: S3_* is set, but the demo catalogue writes its images to the local ' +
      'image folder; unset S3_* to seed it\n',
  );
  process.exit(1);
}

const infrastructure = await connectInfrastructure(config, logger);
let exitCode = 0;
try {
  const now = () => new Date();
  const report = await seedDemoCatalogue(
    {
      shop: registerModels(infrastructure.mongo.connection),
      audit: createAuditLog(auditEntryModel(infrastructure.mongo.connection), logger, now),
      logger,
      now,
      allowedImageHosts: config.images.allowedHosts,
      shopCache: createShopCacheInvalidator(infrastructure.shoppingCacheRedis, logger),
      images: createLocalImageStorage({
        dir: config.images.storageDir,
        baseUrl: config.images.publicBaseUrl,
        secret: config.images.urlSecret,
        now,
      }),
      renderCache: defaultRenderCache(),
    },
    print,
  );
  print(describeDemoCatalogue(report));
} catch (error) {
  exitCode = 1;
  process.stderr.write(
    `demo catalogue: FAILED: ${error instanceof Error ? error.message : String(error)}\n`,
  );
} finally {
  for (const close of infrastructure.closers) await close();
}
process.exit(exitCode);
