export { registerModels, type ShopModels } from './register-models.js';
export { SHOP_CACHE_NAMESPACES, type ShopCacheNamespace } from './cache-namespaces.js';
export type { StoredAddress } from './address.js';
export type { StoredAuditLog, StoredAuditor } from './audit-log-schema.js';
export type { StoredCart, StoredCartLine } from './cart-line.js';
export {
  CARRIER_CODE_PATTERN,
  CARRIER_COLLECTION,
  TRACKING_NUMBER_PLACEHOLDER,
  isTrackingUrlTemplate,
  type CarrierDoc,
} from './carrier.js';
export { CATEGORY_COLLECTION, type CategoryDoc } from './category.js';
export { CHECKOUT_COLLECTION, type CheckoutDoc } from './checkout.js';
export { COUNTER_COLLECTION, type CounterDoc } from './counter.js';
export {
  COUPON_CODE_PATTERN,
  COUPON_COLLECTION,
  COUPON_KINDS,
  COUPON_USE_COLLECTION,
  couponIdForCode,
  couponUseId,
  normaliseCouponCode,
  type CouponDoc,
  type CouponKind,
  type CouponUseDoc,
} from './coupon.js';
export { COUNTRY_COLLECTION, type CountryDoc } from './country.js';
export { CUSTOMER_COLLECTION, type CustomerDoc } from './customer.js';
export {
  EMAIL_CLAIM_COLLECTION,
  EMAIL_CLAIM_KINDS,
  type EmailClaimDoc,
  type EmailClaimKind,
} from './email-claim.js';
export { EXCHANGE_RATE_COLLECTION, type ExchangeRateDoc } from './exchange-rate.js';
export {
  FEATURED_SECTION_COLLECTION,
  type FeaturedContentEntry,
  type FeaturedSectionDoc,
} from './featured-section.js';
export { IDEMPOTENCY_KEY_COLLECTION, type IdempotencyKeyDoc } from './idempotency-key.js';
export type { StoredMoney } from './money-schema.js';
export {
  ORDER_STATUSES,
  type OrderDocumentFields,
  type StoredComment,
  type StoredOrderCart,
  type StoredVatLine,
  type StoredOrderCoupon,
} from './order-document.js';
export {
  ORDER_LINE_STATUSES,
  type ProductSnapshot,
  type StoredLineProcessing,
  type StoredOrderLine,
} from './order-line-schema.js';
export {
  ORDER_COLLECTION,
  type OrderDoc,
  type PendingEffect,
  type PendingRestock,
} from './order.js';
export {
  REFUND_CAUSES,
  REFUND_METHODS,
  REFUND_FAILURE_CODES,
  REFUND_STATUSES,
  type StoredRefund,
  type StoredReturn,
} from './order-refunds.js';
export {
  PAYMENT_SOURCES,
  PAYMENT_TYPES,
  type StoredExchangeRate,
  type StoredPayment,
} from './payment-schema.js';
export {
  PAYMENT_STATUSES,
  paymentStatusFromEntries,
  paymentStatusOf,
  type StoredPaymentStatus,
} from './payment-status.js';
export {
  PRODUCT_COLLECTION,
  type ProductDoc,
  type ProductFacets,
  type StoredCustomization,
  type StoredVariant,
} from './product.js';
export { SHIPPING_METHOD_COLLECTION, type ShippingMethodDoc } from './shipping-method.js';
export {
  SLUG_CLAIM_COLLECTION,
  SLUG_KINDS,
  type SlugClaimDoc,
  type SlugKind,
} from './slug-claim.js';
export { STORE_COLLECTION, type StoreDoc } from './store.js';
export { TARIFF_COLLECTION, type TariffDoc } from './tariff.js';
export { WEIGHT_UNIT_COLLECTION, type WeightUnitDoc } from './weight-unit.js';
export type { StoredWeight } from './weight-schema.js';
