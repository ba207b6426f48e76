import path from 'node:path';
import { loadConfigOrExit, websiteConfigSchema } from '@aneis/config';
import { createLogger } from '@aneis/logging';
import { loadSite } from './serving/load-site.js';
import { startWebsiteServer } from './serving/start-website-server.js';

// `dist/public` seen from both `dist/main.js` and `src/main.ts`; STATIC_DIR overrides it.
const BUNDLED_SITE = path.resolve(import.meta.dirname, '..', 'dist', 'public');

const config = loadConfigOrExit(websiteConfigSchema);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
  syslog: config.syslog,
});

try {
  const site = await loadSite(config.staticDir ?? BUNDLED_SITE);
  await startWebsiteServer({
    site,
    logger,
    port: config.server.port,
    host: config.server.host,
    graceMs: config.server.shutdownGraceMs,
  });
} catch (error) {
  logger.error('website failed to start', {
    error: error instanceof Error ? error.message : String(error),
  });
  // An open syslog socket would keep the process alive, so leave explicitly.
  process.exit(1);
}
