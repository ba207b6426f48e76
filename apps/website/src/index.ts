export { bundleSite, type BundledFile, type BundleSiteOptions } from './site-build/bundle-site.js';
export { loadSite, type Site, type SiteFile } from './serving/load-site.js';
export {
  startWebsiteServer,
  type RunningWebsiteServer,
  type StartWebsiteServerOptions,
} from './serving/start-website-server.js';
export type { WebsiteLogger } from './serving/website-logger.js';
