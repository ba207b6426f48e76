import { loadConfigOrExit, managementServerConfigSchema } from '@aneis/config';
import { registerModels } from '@aneis/data';
import { createLogger } from '@aneis/logging';
import { connectInfrastructure } from '../infrastructure.js';
import { seedFirstAdmin } from './seed-first-admin.js';
import { seedReferenceData } from './seed-reference-data.js';

/**
 * `nx run management-server:seed`: fills empty reference collections with defaults and creates
 * the first superadmin from SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD (both idempotent), then
 * exits.
 */
const config = loadConfigOrExit(managementServerConfigSchema);
const logger = createLogger({ service: `${config.serviceName}-seed`, level: config.logLevel });
const infrastructure = await connectInfrastructure(config, logger);
let exitCode = 0;
try {
  const models = registerModels(infrastructure.mongo.connection);
  const written = await seedReferenceData(models);
  logger.info('reference data checked', { written });
  if (config.seedAdmin) {
    const outcome = await seedFirstAdmin(
      { admins: models.Admin, claims: models.EmailClaim },
      config.seedAdmin,
      config.auth.bcryptCost,
    );
    logger.info(outcome === 'created' ? 'superadmin created' : 'superadmin already exists', {
      email: config.seedAdmin.email,
    });
  } else {
    logger.warn('no superadmin seeded: SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD are not set');
  }
} catch (error) {
  exitCode = 1;
  logger.error('seeding failed', { error: error instanceof Error ? error.message : String(error) });
} finally {
  for (const close of infrastructure.closers) await close();
}
process.exit(exitCode);
