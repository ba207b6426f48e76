import { Types } from 'mongoose';
import {
  createMongoConnection,
  type MongoConnection,
} from '../connection/create-mongo-connection.js';
import { couponIdForCode, type CouponDoc } from '../models/coupon.js';
import { registerModels, type ShopModels } from '../models/register-models.js';
import { useTestDatabase } from '../testing/test-database.js';
import { customerCouponUses, giveBackCoupon, redeemCoupon } from './redeem-coupon.js';

const db = useTestDatabase();
let mongo: MongoConnection;
let shop: ShopModels;
const now = new Date('2026-06-01T12:00:00Z');

beforeAll(async () => {
  mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
  await mongo.connect();
  shop = registerModels(mongo.connection);
});
afterAll(() => mongo.close());

async function coupon(code: string, fields: Partial<CouponDoc> = {}): Promise<CouponDoc> {
  const created = await shop.Coupon.create({
    _id: couponIdForCode(code),
    code,
    kind: 'PERCENTAGE',
    value: 10,
    ...fields,
  });
  return created.toObject();
}

const redeem = (code: string, customer = new Types.ObjectId(), subTotalCents = 10_000) =>
  redeemCoupon(shop, { code, customer, subTotalCents, now });

describe('coupon redemption', () => {
  it('when a second coupon has the same code in another case, then the engine refuses it', async () => {
    await coupon('SUMMER10');
    const again = shop.Coupon.create({
      _id: couponIdForCode('summer10'),
      code: 'SUMMER10',
      kind: 'FIXED_AMOUNT',
      value: 500,
    });
    await expect(again).rejects.toMatchObject({ code: 11000 });
    expect(couponIdForCode(' summer10 ').equals(couponIdForCode('SUMMER10'))).toBe(true);
  });

  it('when ten shoppers redeem a coupon with a total limit of 3 at once, then exactly 3 get it', async () => {
    await coupon('THREE', { usageLimit: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, () => redeem('three')));
    expect(results.filter((r) => r.redeemed)).toHaveLength(3);
    expect(results.filter((r) => !r.redeemed).map((r) => !r.redeemed && r.refusal)).toEqual(
      Array(7).fill('USED_UP'),
    );
    expect((await shop.Coupon.findById(couponIdForCode('THREE')).lean())?.timesUsed).toBe(3);
  });

  it('when one customer redeems a per-customer-limit-1 coupon ten times at once, then once only', async () => {
    await coupon('ONCEEACH', { perCustomerLimit: 1 });
    const customer = new Types.ObjectId();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => redeem('ONCEEACH', customer)),
    );
    expect(results.filter((r) => r.redeemed)).toHaveLength(1);
    expect(
      new Set(results.filter((r) => !r.redeemed).map((r) => !r.redeemed && r.refusal)),
    ).toEqual(new Set(['CUSTOMER_LIMIT']));
    // Nothing the losers did stays counted: only the winner's use is on the coupon.
    expect((await shop.Coupon.findById(couponIdForCode('ONCEEACH')).lean())?.timesUsed).toBe(1);
    expect((await redeem('ONCEEACH')).redeemed).toBe(true);
  });

  it('when a use is given back, then the next order may spend it again', async () => {
    const limited = await coupon('GIVEBACK', { usageLimit: 1, perCustomerLimit: 1 });
    const customer = new Types.ObjectId();
    expect((await redeem('GIVEBACK', customer)).redeemed).toBe(true);
    expect(await redeem('GIVEBACK', customer)).toEqual({ redeemed: false, refusal: 'USED_UP' });
    await giveBackCoupon(shop, limited._id, customer);
    expect((await redeem('GIVEBACK', customer)).redeemed).toBe(true);
  });

  it('when a keyed give-back is repeated (a retry, two finishers at once), then one use comes back per key', async () => {
    const limited = await coupon('KEYEDBACK', { usageLimit: 2, perCustomerLimit: 2 });
    const customer = new Types.ObjectId();
    expect((await redeem('KEYEDBACK', customer)).redeemed).toBe(true);
    expect((await redeem('KEYEDBACK', customer)).redeemed).toBe(true);
    await Promise.all([
      giveBackCoupon(shop, limited._id, customer, 'release-1'),
      giveBackCoupon(shop, limited._id, customer, 'release-1'),
    ]);
    await giveBackCoupon(shop, limited._id, customer, 'release-1');
    expect((await shop.Coupon.findById(limited._id).lean())?.timesUsed).toBe(1);
    expect(await customerCouponUses(shop, 'KEYEDBACK', customer)).toBe(1);
    await giveBackCoupon(shop, limited._id, customer, 'release-2');
    expect((await shop.Coupon.findById(limited._id).lean())?.timesUsed).toBe(0);
    expect(await customerCouponUses(shop, 'KEYEDBACK', customer)).toBe(0);
  });

  it('when the window, the minimum or the active flag say no, then the refusal names the rule', async () => {
    await coupon('LATER', { validFrom: new Date('2026-07-01T00:00:00Z') });
    await coupon('OVER', { validUntil: new Date('2026-06-01T12:00:00Z') });
    await coupon('BIGONLY', { minimumOrderCents: 10_001 });
    await coupon('OFF', { active: false });
    expect(await redeem('LATER')).toEqual({ redeemed: false, refusal: 'NOT_YET_VALID' });
    expect(await redeem('OVER')).toEqual({ redeemed: false, refusal: 'EXPIRED' });
    expect(await redeem('BIGONLY')).toEqual({ redeemed: false, refusal: 'BELOW_MINIMUM' });
    expect(await redeem('OFF')).toEqual({ redeemed: false, refusal: 'UNKNOWN' });
    expect(await redeem('NOSUCHCODE')).toEqual({ redeemed: false, refusal: 'UNKNOWN' });
    const held = await shop.CouponUse.find({ coupon: couponIdForCode('BIGONLY') }).lean();
    expect(held).toEqual([]);
  });
});
