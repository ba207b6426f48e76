import { loadConfigOrExit, managementServerConfigSchema } from '@aneis/config';
import { registerModels } from '@aneis/data';
import { createLogger } from '@aneis/logging';
import { connectInfrastructure } from '../infrastructure.js';
import type { ImageStorage } from './image-storage.js';
import { createLocalImageStorage } from './local-image-storage.js';
import { describeSweep, sweepOrphanImages } from './sweep-orphan-images.js';

/**
 * `nx run management-server:sweep-images [--args=--dry-run]`: one orphan-image sweep over the
 * configured storage (the server runs the same sweep every hour), printing every key it removes.
 */
const dryRun = process.argv.includes('--dry-run');
const config = loadConfigOrExit(managementServerConfigSchema);
const logger = createLogger({
  service: `${config.serviceName}-sweep-images`,
  level: config.logLevel,
});
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const now = (): Date => new Date();
const images: ImageStorage = config.images.s3
  ? (await import('./s3-image-storage.js')).createS3ImageStorage(config.images.s3)
  : createLocalImageStorage({
      dir: config.images.storageDir,
      baseUrl: config.images.publicBaseUrl,
      secret: config.images.urlSecret,
      now,
    });

const infrastructure = await connectInfrastructure(config, logger);
let exitCode = 0;
try {
  const report = await sweepOrphanImages(
    { shop: registerModels(infrastructure.mongo.connection), images, logger, now },
    { dryRun },
  );
  for (const key of report.removed) print(`${dryRun ? 'orphan' : 'removed'} ${key}`);
  for (const key of report.failed) print(`FAILED ${key}`);
  for (const leftover of report.leftovers) print(`${dryRun ? 'leftover' : 'removed'} ${leftover}`);
  print(describeSweep(report, dryRun));
  if (report.failed.length > 0) exitCode = 1;
} catch (error) {
  exitCode = 1;
  process.stderr.write(
    `image sweep: FAILED: ${error instanceof Error ? error.message : String(error)}\n`,
  );
} finally {
  for (const close of infrastructure.closers) await close();
}
process.exit(exitCode);
