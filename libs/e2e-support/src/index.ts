export { CookieJar } from './cookie-jar.js';
export { DEMO_ADDRESS, DEMO_SHIPPING_METHOD } from './demo-delivery.js';
export { choicesFor, type OrderableProduct } from './product-choices.js';
export { edgeRequest, type EdgeReply, type EdgeRequest } from './edge-request.js';
export { requestWithHost, type HostReply, type HostRequestOptions } from './host-request.js';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './launch-chromium.js';
export { recordCspViolations, type CspViolation } from './csp-violations.js';
export {
  linksIn,
  readOutbox,
  waitForMail,
  waitForMailLink,
  type MailQuery,
  type OutboxMail,
} from './outbox.js';
export { isAlive, killLeftovers } from './process-alive.js';
export {
  startLocalStack,
  type RunningStack,
  type SeedAdmin,
  type StackUrls,
  type StartLocalStackOptions,
} from './start-local-stack.js';
export { workspaceRoot } from './workspace-root.js';
