import type { AddProductBodyInput } from '@aneis/contracts';
import type { OrderDoc, ProductDoc, StoredOrderLine } from '@aneis/data';
import { Types } from 'mongoose';
import { referenceDefaults } from '../../src/seed/reference-defaults.js';
import type { TestServer } from './test-server.js';

const auditor = { email: 'seed@example.com', name: 'Seed' };

export interface CatalogFixture {
  categoryId: string;
  tariffId: string;
  store: string;
}

/** A store, a weight unit, a category and a tariff: what every product needs. */
export async function seedCatalogBasics(server: TestServer, suffix = ''): Promise<CatalogFixture> {
  const { shop } = server.services;
  const store = 'ALIANCAS LDA';
  if (!(await shop.Store.exists({ name: store }))) await shop.Store.create({ name: store });
  if (!(await shop.WeightUnit.exists({ code: 'G' }))) await shop.WeightUnit.create({ code: 'G' });
  const category = await shop.Category.create({ category: 'Rings', subcategory: `Gold${suffix}` });
  const tariff = await shop.Tariff.create({
    name: `Jewellery${suffix}`,
    rates: { PT: 23, Nepal: 10 },
  });
  return { categoryId: String(category._id), tariffId: String(tariff._id), store };
}

/** The seeded carriers (CTT, DHL, UPS…, all active), so lines can be shipped. */
export async function seedCarriers(server: TestServer): Promise<void> {
  const { Carrier } = server.services.shop;
  if ((await Carrier.countDocuments()) > 0) return;
  await Carrier.insertMany(referenceDefaults.carriers.map((c) => ({ ...c, active: true })));
}

export function productBody(
  fixture: CatalogFixture,
  overrides: Partial<AddProductBodyInput> = {},
): AddProductBodyInput {
  return {
    store: fixture.store,
    brand: 'Senhora',
    name: 'Anel de ouro',
    item_url: 'https://shop.example.com/anel_ouro',
    store_sku: 'AN-001',
    category: fixture.categoryId,
    tariff: fixture.tariffId,
    thumbnailUrls: ['https://images.example.com/a.png'],
    detailedImageUrls: ['https://images.example.com/b.png'],
    price: { amount: 199.99, currency: 'EUR' },
    weight: { quantity: 4.5, unit: 'G' },
    details_html: '<p>Ouro 19,2 quilates</p>',
    ...overrides,
  };
}

/** Inserts a product directly (no API), returning its id. */
export async function insertProduct(
  server: TestServer,
  fixture: CatalogFixture,
  overrides: Partial<ProductDoc> = {},
): Promise<string> {
  const now = new Date();
  const product = await server.services.shop.Product.create({
    store: fixture.store,
    brand: 'Senhora',
    name: 'Anel',
    store_sku: 'AN-X',
    category: new Types.ObjectId(fixture.categoryId),
    tariff: new Types.ObjectId(fixture.tariffId),
    thumbnailUrls: [],
    detailedImageUrls: [],
    featuredImageUrls: [],
    price: { cents: 10_000, currency: 'EUR' },
    weight: { quantity: 3, unit: 'G' },
    details_html: '<p>Anel</p>',
    active: true,
    deleted: false,
    auditLog: { createdBy: auditor, updatedBy: auditor, createdOn: now, updatedOn: now },
    ...overrides,
  });
  return String(product._id);
}

export interface OrderLineSpec {
  productId: string;
  name?: string;
  counts?: number;
  unitCents?: number;
  reservedStock?: number;
}

/** Inserts an order as the shopping server would have placed it. */
export async function insertOrder(
  server: TestServer,
  fixture: CatalogFixture,
  options: {
    lines: OrderLineSpec[];
    status?: OrderDoc['overall_status'];
    createdOn?: Date;
    userEmail?: string;
    lineStatuses?: (
      NonNullable<StoredOrderLine['order_line_level_processing_details']>['status'] | undefined
    )[];
    /** Full processing nodes per line (wins over `lineStatuses`). */
    lineProcessing?: (StoredOrderLine['order_line_level_processing_details'] | undefined)[];
    /**
     * How it is paid: on delivery (the default) or by transfer, both awaiting payment until a
     * manager marks them paid (`paid: true`: already marked); by card (Stripe), paid at once.
     */
    payment?: 'CASH_ON_DELIVERY' | 'BANK_TRANSFER' | 'STRIPE';
    paid?: boolean;
    /** The shopper's account id (a fresh id, no account, when absent). */
    userId?: string;
    /** The card payment's id (a Stripe stand-in's intent); a made-up one by default. */
    paymentId?: string;
  },
): Promise<{ orderId: string; lineIds: string[] }> {
  const createdOn = options.createdOn ?? new Date();
  const items = options.lines.map((spec, i) => {
    const counts = spec.counts ?? 1;
    const unit = spec.unitCents ?? 10_000;
    const status = options.lineStatuses?.[i];
    const processing = options.lineProcessing?.[i] ?? (status ? { status } : undefined);
    return {
      _id: new Types.ObjectId(),
      product: {
        _id: new Types.ObjectId(spec.productId),
        store: fixture.store,
        brand: 'Senhora',
        name: spec.name ?? 'Anel',
        store_sku: 'AN-X',
        category: new Types.ObjectId(fixture.categoryId),
        tariff: new Types.ObjectId(fixture.tariffId),
        thumbnailUrls: [],
        featuredImageUrls: [],
        detailedImageUrls: [],
        price: { cents: unit, currency: 'EUR' },
        weight: { quantity: 3, unit: 'G' },
        details_html: '<p>Anel</p>',
        active: true,
        auditLog: { createdBy: auditor, updatedBy: auditor, createdOn, updatedOn: createdOn },
      },
      counts,
      aggregatedWeight: { quantity: 3 * counts, unit: 'G' },
      aggregatedPrice: { cents: unit * counts, currency: 'EUR' },
      tariffPrice: { cents: 0, currency: 'EUR' },
      reservedStock: spec.reservedStock ?? 0,
      ...(processing ? { order_line_level_processing_details: processing } : {}),
    };
  });
  const subTotal = items.reduce((sum, item) => sum + item.aggregatedPrice.cents, 0);
  const source = options.payment ?? 'CASH_ON_DELIVERY';
  const paid = source === 'STRIPE' || options.paid === true;
  const eur = (cents: number) => ({ cents, currency: 'EUR' });
  const order = await server.services.shop.Order.create({
    overall_status: options.status ?? 'RECEIVED',
    cart: {
      items,
      totalWeight: { quantity: 3, unit: 'G' },
      subTotalPrice: eur(subTotal),
      serviceCharge: eur(0),
      shippingPrice: eur(0),
      tariffPrice: eur(0),
      totalPrice: eur(subTotal),
    },
    user: new Types.ObjectId(options.userId),
    user_email: options.userEmail ?? 'shopper@example.com',
    mailing_address: {
      _id: new Types.ObjectId(),
      firstName: 'Ana',
      lastName: 'Silva',
      addressLine1: 'Rua Augusta 1',
      city: 'Lisboa',
      state: 'Lisboa',
      zipCode: '1100-048',
      country: 'PT',
      mobilePhone: '+351 912 345 678',
    },
    destination_country: 'PT',
    shipping_method: 'ctt-standard',
    payment_info: [
      {
        source,
        type: paid ? (source === 'STRIPE' ? 'AUTHORIZATION' : 'SALE') : 'PENDING',
        payment_id:
          source === 'STRIPE'
            ? (options.paymentId ?? `pi_${new Types.ObjectId().toHexString()}`)
            : '0',
        transaction_id: '0',
        amount_in_usd: eur(subTotal),
        amount_in_payment_currency: eur(subTotal),
        ...(source === 'STRIPE' ? { payment_service_response_dump: { status: 'succeeded' } } : {}),
      },
    ],
    payment_status: paid ? 'PAID' : 'AWAITING_PAYMENT',
    comments: [],
    auditLog: {
      createdBy: { email: options.userEmail ?? 'shopper@example.com', name: 'CUSTOMER' },
      updatedBy: { email: options.userEmail ?? 'shopper@example.com', name: 'CUSTOMER' },
      createdOn,
      updatedOn: createdOn,
    },
    stockReleased: false,
  });
  return { orderId: String(order._id), lineIds: items.map((item) => String(item._id)) };
}

type LineProcessing = NonNullable<StoredOrderLine['order_line_level_processing_details']>;

/**
 * A processing node with every detail filled in, for lines that went all the way; typed with
 * each step present, so a test may change one (`{ ...line.shipment, provider }`) as it is.
 */
export function deliveredLine(
  now = new Date(),
): LineProcessing &
  Required<Pick<LineProcessing, 'fulfillment_order_details' | 'shipment' | 'delivery'>> {
  const auditLog = { createdBy: auditor, updatedBy: auditor, createdOn: now, updatedOn: now };
  return {
    status: 'DELIVERED',
    fulfillment_order_details: {
      store: 'ALIANCAS LDA',
      order_number: 'PO-1',
      total_cost_price_of_item: { cents: 5000, currency: 'EUR' },
      auditLog,
    },
    shipment: {
      provider: 'DHL',
      tracking_number: 'T-1',
      service: 'Express',
      paid_postage: { cents: 900, currency: 'EUR' },
      auditLog,
    },
    delivery: { delivery_date: now, auditLog },
  };
}

/** Inserts a shopper account as the shopping server's sign-up would have (password unusable). */
export async function insertCustomer(
  server: TestServer,
  options: { email?: string; name?: string; blocked?: boolean; createdAt?: Date } = {},
): Promise<{ customerId: string; email: string }> {
  const id = new Types.ObjectId();
  const email = options.email ?? `shopper-${id.toHexString()}@example.com`;
  await server.services.shop.Customer.create({
    _id: id,
    email,
    password: '$2b$10$notarealhashnotarealhashnotarealhashnotarealhash12345',
    name: options.name ?? 'Ana Shopper',
    referral_token: `ref-${id.toHexString()}`,
    addresses: [
      {
        firstName: 'Ana',
        lastName: 'Silva',
        addressLine1: 'Rua Augusta 1',
        city: 'Lisboa',
        state: 'Lisboa',
        zipCode: '1100-048',
        country: 'PT',
        mobilePhone: '+351 912 345 678',
      },
    ],
    emailConfirmationToken: 'a'.repeat(64),
    ...(options.blocked === undefined ? {} : { blocked: options.blocked }),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
  return { customerId: id.toHexString(), email };
}
