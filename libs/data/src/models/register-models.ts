import type { Connection, Model, Schema } from 'mongoose';
import { ADMIN_MODEL, adminSchema, type AdminRecord } from './admin.js';
import { AUDIT_ENTRY_MODEL, auditEntrySchema, type AuditEntryRecord } from './audit-entry.js';
import { carrierSchema, type CarrierDoc } from './carrier.js';
import { categorySchema, type CategoryDoc } from './category.js';
import { checkoutSchema, type CheckoutDoc } from './checkout.js';
import { counterSchema, type CounterDoc } from './counter.js';
import { couponSchema, couponUseSchema, type CouponDoc, type CouponUseDoc } from './coupon.js';
import { countrySchema, type CountryDoc } from './country.js';
import { customerSchema, type CustomerDoc } from './customer.js';
import { emailClaimSchema, type EmailClaimDoc } from './email-claim.js';
import { exchangeRateSchema, type ExchangeRateDoc } from './exchange-rate.js';
import { featuredSectionSchema, type FeaturedSectionDoc } from './featured-section.js';
import { idempotencyKeySchema, type IdempotencyKeyDoc } from './idempotency-key.js';
import { orderSchema, type OrderDoc } from './order.js';
import { productSchema, type ProductDoc } from './product.js';
import { shippingMethodSchema, type ShippingMethodDoc } from './shipping-method.js';
import { slugClaimSchema, type SlugClaimDoc } from './slug-claim.js';
import { storeSchema, type StoreDoc } from './store.js';
import { tariffSchema, type TariffDoc } from './tariff.js';
import { weightUnitSchema, type WeightUnitDoc } from './weight-unit.js';

/** The models of the collections both servers share, bound to one connection. */
export interface ShopModels {
  /** Management only (admins and their audit log); harmless to register elsewhere. */
  Admin: Model<AdminRecord>;
  AuditEntry: Model<AuditEntryRecord>;
  Carrier: Model<CarrierDoc>;
  Category: Model<CategoryDoc>;
  Checkout: Model<CheckoutDoc>;
  Counter: Model<CounterDoc>;
  Coupon: Model<CouponDoc>;
  /** Per customer and coupon: how many orders used it (the per-customer limit). */
  CouponUse: Model<CouponUseDoc>;
  Country: Model<CountryDoc>;
  Customer: Model<CustomerDoc>;
  /** One per account e-mail and kind: what makes sign-ups unique on every engine. */
  EmailClaim: Model<EmailClaimDoc>;
  ExchangeRate: Model<ExchangeRateDoc>;
  FeaturedSection: Model<FeaturedSectionDoc>;
  IdempotencyKey: Model<IdempotencyKeyDoc>;
  Order: Model<OrderDoc>;
  Product: Model<ProductDoc>;
  ShippingMethod: Model<ShippingMethodDoc>;
  /** One per product or category slug ever given: unique slugs on every engine, old links found. */
  SlugClaim: Model<SlugClaimDoc>;
  Store: Model<StoreDoc>;
  Tariff: Model<TariffDoc>;
  WeightUnit: Model<WeightUnitDoc>;
}

/**
 * Registers the shared models on `connection` (idempotent: a second call returns the same
 * models) and returns them typed. Model names matter: `ref`s point at them (`Category`,
 * `Tariff`, `Product`, `Customer`).
 */
export function registerModels(connection: Connection): ShopModels {
  const bind = <T>(name: string, schema: Schema<T>): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema);
  return {
    Admin: bind(ADMIN_MODEL, adminSchema),
    AuditEntry: bind(AUDIT_ENTRY_MODEL, auditEntrySchema),
    Carrier: bind('Carrier', carrierSchema),
    Category: bind('Category', categorySchema),
    Checkout: bind('Checkout', checkoutSchema),
    Counter: bind('Counter', counterSchema),
    Coupon: bind('Coupon', couponSchema),
    CouponUse: bind('CouponUse', couponUseSchema),
    Country: bind('Country', countrySchema),
    Customer: bind('Customer', customerSchema),
    EmailClaim: bind('EmailClaim', emailClaimSchema),
    ExchangeRate: bind('ExchangeRate', exchangeRateSchema),
    FeaturedSection: bind('FeaturedSection', featuredSectionSchema),
    IdempotencyKey: bind('IdempotencyKey', idempotencyKeySchema),
    Order: bind('Order', orderSchema),
    Product: bind('Product', productSchema),
    ShippingMethod: bind('ShippingMethod', shippingMethodSchema),
    SlugClaim: bind('SlugClaim', slugClaimSchema),
    Store: bind('Store', storeSchema),
    Tariff: bind('Tariff', tariffSchema),
    WeightUnit: bind('WeightUnit', weightUnitSchema),
  };
}
