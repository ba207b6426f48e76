import type { StoredCartLine } from '@aneis/data';
import { Types } from 'mongoose';
import type { CartProductRow } from './cart-products.js';
import { combineCarts } from './combine-carts.js';

const ring = new Types.ObjectId();
const product = (stock?: number): CartProductRow => ({
  _id: ring,
  name: 'Ring',
  brand: 'Aneis',
  store: 'AMAZON',
  weight: { quantity: 1, unit: 'LB' },
  price: { cents: 100, currency: 'USD' },
  thumbnailUrls: [],
  ...(stock === undefined ? {} : { stock }),
  customizationOptions: {
    customizations: [{ type: 'Array', name: 'Size', key: 'Size', values: ['9', '10'] }],
  },
});
const line = (counts: number, size?: string): StoredCartLine => ({
  _id: new Types.ObjectId(),
  product: ring,
  counts,
  aggregatedWeight: { quantity: 0, unit: 'LB' },
  aggregatedPrice: { cents: 0, currency: 'USD' },
  ...(size ? { customizations: { Size: size } } : {}),
});
const catalogue = (stock?: number) => new Map([[String(ring), product(stock)]]);

describe('combineCarts', () => {
  it('when both carts hold the same product and choices, then one line holds the sum', () => {
    const account = [line(2, '10')];
    const combined = combineCarts(account, [line(3, '10'), line(1, '9')], catalogue());
    expect(combined.map((l) => [l.customizations?.['Size'], l.counts])).toEqual([
      ['10', 5],
      ['9', 1],
    ]);
    expect(combined[0]?._id).toEqual(account[0]?._id);
    expect(account[0]?.counts).toBe(2);
  });

  it('when the sum passes the stock, then it is capped there but never below the account line', () => {
    expect(combineCarts([line(2)], [line(5)], catalogue(4)).map((l) => l.counts)).toEqual([4]);
    expect(combineCarts([line(6)], [line(5)], catalogue(4)).map((l) => l.counts)).toEqual([6]);
    expect(combineCarts([], [line(5)], catalogue(0))).toEqual([]);
  });

  it('when a guest line names a hidden product or a choice no longer offered, then it is left out', () => {
    expect(combineCarts([], [line(1)], new Map())).toEqual([]);
    expect(combineCarts([], [line(1, '12')], catalogue())).toEqual([]);
  });

  it('when the sum passes the per-line limit, then it stops at 99', () => {
    expect(combineCarts([line(90)], [line(20)], catalogue()).map((l) => l.counts)).toEqual([99]);
  });
});
