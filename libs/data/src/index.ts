export {
  createMongoConnection,
  type CreateMongoConnectionOptions,
  type MongoConnection,
} from './connection/create-mongo-connection.js';
export { MongoConnectionError } from './connection/mongo-connection-error.js';
export type { MongoLogger } from './connection/mongo-logger.js';
export { redactMongoUri } from './connection/redact-mongo-uri.js';
export {
  startEmbeddedMongo,
  type EmbeddedMongo,
  type StartEmbeddedMongoOptions,
} from './embedded/start-embedded-mongo.js';
export { replaceFileDurably } from './embedded/durable-file.js';
export { DamagedDataError, type RecoveryReport } from './embedded/recover-congo-data.js';
export {
  findMongodBinary,
  type MongodAvailability,
  type MongodSource,
} from './engine/find-mongod-binary.js';
export {
  obtainMongodBinary,
  startLocalMongod,
  type LocalMongod,
  type StartLocalMongodOptions,
} from './engine/start-local-mongod.js';
export type {
  MongoEngine,
  MongoEngineCapabilities,
  MongoEngineInfo,
  MongoEngineName,
} from './engine/mongo-engine.js';
export {
  resolveMongoEngine,
  type ResolveMongoEngineOptions,
} from './engine/resolve-mongo-engine.js';
export {
  EMAIL_CLAIM_STALE_MS,
  createUnderEmailClaim,
  releaseEmailClaim,
  type ClaimedCreation,
  type EmailClaimRequest,
} from './email-claims/claim-email.js';
export {
  backfillEmailClaims,
  type EmailClaimBackfillReport,
} from './email-claims/backfill-email-claims.js';
export { emailClaimId, normaliseEmail } from './email-claims/email-claim-id.js';
export { isDuplicateKeyError } from './email-claims/duplicate-key-error.js';
export {
  formatOrderNumber,
  nextOrderNumber,
  orderCounterName,
  parseOrderNumber,
  ORDER_NUMBER_PREFIX,
} from './order-numbers/order-number.js';
export {
  eraseCustomer,
  erasedEmailOf,
  ERASED_NAME,
  type CustomerErasureResult,
} from './customers/erase-customer.js';
export { giveBackStock, variantIndex, type StockReturn } from './stock/give-back-stock.js';
export { backfillOrderNumbers } from './order-numbers/backfill-order-numbers.js';
export {
  COUPON_REFUSALS,
  couponRefusal,
  type CouponRefusal,
  type CouponUseContext,
} from './coupons/coupon-refusal.js';
export {
  customerCouponUses,
  giveBackCoupon,
  redeemCoupon,
  type CouponModels,
  type Redemption,
  type RedeemRequest,
} from './coupons/redeem-coupon.js';
export { MAX_SLUG_LENGTH, SLUG_PATTERN, isSlugOf, numberedSlug, slugify } from './slugs/slugify.js';
export { claimSlug, slugFor, slugOwner } from './slugs/assign-slug.js';
export { backfillSlugs, type SlugBackfillReport } from './slugs/backfill-slugs.js';
export { categorySlugName } from './slugs/category-slug-name.js';
export * from './models/admin.js';
export * from './models/audit-entry.js';
export * from './models/index.js';
