import { hashPassword } from '@aneis/auth';
import type { ProductDoc, ShopModels } from '@aneis/data';
import { Types } from 'mongoose';
import request from 'supertest';
import type { RunningShop } from './shop-harness.js';

export const PASSWORD = 'secret123';
let passwordHash: Promise<string> | undefined;

const auditor = { email: 'ops@example.com', name: 'Ops' };
const audit = () => ({
  createdBy: auditor,
  updatedBy: auditor,
  createdOn: new Date(),
  updatedOn: new Date(),
});

/** Reference data of the worked example: Nepal (NPR 114.22), tariff 20 %, shipping 15 USD. */
export async function seedReferenceData(models: ShopModels) {
  const category = await models.Category.create({ category: 'Women', subcategory: 'Rings' });
  const other = await models.Category.create({ category: 'Men', subcategory: 'Rings' });
  const tariff = await models.Tariff.create({
    name: 'Clothing',
    rates: { NP: 20, Bangladesh: 20 },
  });
  await models.Country.create([
    { code: 'NP', name: 'Nepal', currency: 'NPR', active: true },
    { code: 'US', name: 'United States of America', currency: 'USD', active: true },
  ]);
  await models.ExchangeRate.create({ currency: 'NPR', one_usd_equals: 114.22 });
  await models.ShippingMethod.create({
    code: 'standard',
    name: 'Standard',
    maximumDays: 20,
    countries: [],
    price: { cents: 1500, currency: 'USD' },
    active: true,
  });
  return { category, other, tariff };
}

export async function seedProduct(
  models: ShopModels,
  refs: { category: { _id: Types.ObjectId }; tariff: { _id: Types.ObjectId } },
  fields: Partial<ProductDoc> = {},
) {
  return models.Product.create({
    store: 'AMAZON',
    brand: 'Aneis',
    name: 'Silver Ring',
    store_sku: 'SKU-1',
    category: refs.category._id,
    tariff: refs.tariff._id,
    thumbnailUrls: ['https://images.example.com/t.png'],
    detailedImageUrls: ['https://images.example.com/d.png'],
    featuredImageUrls: [],
    price: { cents: 2799, currency: 'USD' },
    weight: { quantity: 3.2, unit: 'LB' },
    details_html: '<p>A plain silver ring</p>',
    active: true,
    deleted: false,
    auditLog: audit(),
    ...fields,
  });
}

export async function createCustomer(
  models: ShopModels,
  email: string,
  options: { confirmed?: boolean } = {},
) {
  passwordHash ??= hashPassword(PASSWORD, 10);
  return models.Customer.create({
    email,
    password: await passwordHash,
    name: email.split('@')[0],
    referral_token: new Types.ObjectId().toHexString().slice(-8),
    ...(options.confirmed === false ? { emailConfirmationToken: 'x'.repeat(64) } : {}),
    addresses: [],
  });
}

export const NEPAL_ADDRESS = {
  firstName: 'Ann',
  lastName: 'Lee',
  addressLine1: '1 Main Rd',
  city: 'Kathmandu',
  state: 'Bagmati',
  zipCode: '44600',
  country: 'Nepal',
  mobilePhone: '9801234567',
};

export const US_ADDRESS = {
  ...NEPAL_ADDRESS,
  city: 'Boston',
  state: 'MA',
  zipCode: '02110',
  country: 'United States of America',
};

/** A logged-in agent (cookies kept) for an existing customer. */
export async function loginAgent(shop: RunningShop, email: string) {
  const agent = request.agent(shop.server);
  const res = await agent.post('/security/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return agent;
}

/** Customer + login + cart + address + checkout, ready to complete. */
export async function customerWithCheckout(
  shop: RunningShop,
  models: ShopModels,
  email: string,
  productId: string,
  counts = 1,
  address: typeof NEPAL_ADDRESS = NEPAL_ADDRESS,
  customizations?: Record<string, string>,
) {
  await createCustomer(models, email);
  const agent = await loginAgent(shop, email);
  await agent
    .post('/shopping/addToCart')
    .send([{ product: productId, counts, ...(customizations ? { customizations } : {}) }])
    .expect(200);
  const addresses = await agent.post('/user/address').send(address).expect(200);
  const addressId = addresses.body.responseData[0]._id as string;
  const checkout = await agent
    .post('/orders/createCheckout')
    .send({ addressId, shippingMethod: 'standard' })
    .expect(200);
  return { agent, checkoutId: checkout.body.responseData._id as string, checkout: checkout.body };
}
