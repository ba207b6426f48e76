import { Types } from 'mongoose';
import {
  createMongoConnection,
  type MongoConnection,
} from '../connection/create-mongo-connection.js';
import { registerModels, type ShopModels } from '../models/register-models.js';
import { useTestDatabase } from '../testing/test-database.js';
import { backfillOrderNumbers } from './backfill-order-numbers.js';
import {
  formatOrderNumber,
  nextOrderNumber,
  orderCounterName,
  parseOrderNumber,
} from './order-number.js';

const db = useTestDatabase();
let mongo: MongoConnection;
let shop: ShopModels;

beforeAll(async () => {
  mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
  await mongo.connect();
  shop = registerModels(mongo.connection);
});
afterAll(() => mongo.close());

describe('order numbers', () => {
  it('when formatted or parsed, then people may type them loosely', () => {
    expect(formatOrderNumber(2026, 123)).toBe('AN-2026-000123');
    expect(parseOrderNumber('an-2026-123')).toBe('AN-2026-000123');
    expect(parseOrderNumber(' 2026/000123 ')).toBe('AN-2026-000123');
    expect(parseOrderNumber('AN-2026-000000')).toBeUndefined();
    expect(parseOrderNumber('64b7f0c2a1b2c3d4e5f60718')).toBeUndefined();
  });

  it('when many orders take a number at once, then every number is different and none is skipped', async () => {
    const year = 3001;
    const numbers = await Promise.all(
      Array.from({ length: 60 }, () => nextOrderNumber(shop.Counter, year)),
    );
    expect(new Set(numbers).size).toBe(60);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => formatOrderNumber(year, i + 1)),
    );
    expect(await shop.Counter.countDocuments({ name: orderCounterName(year) })).toBe(1);
  });

  it('when a new year starts, then its numbers start again at 1', async () => {
    await nextOrderNumber(shop.Counter, 3002);
    expect(await nextOrderNumber(shop.Counter, 3003)).toBe('AN-3003-000001');
  });
});

describe('backfilling order numbers', () => {
  // Written with the driver, as orders from before numbers existed were stored.
  async function seedOldOrders(dates: string[]) {
    const orders = dates.map((date) => ({
      _id: new Types.ObjectId(),
      overall_status: 'RECEIVED',
      user_email: 'old@example.com',
      auditLog: { createdOn: new Date(date), updatedOn: new Date(date) },
    }));
    await shop.Order.collection.insertMany(orders);
    return orders.map((order) => order._id);
  }

  it('when older orders have no number, then they get one in placing order per year, and a second run changes nothing', async () => {
    const [late, early, otherYear] = await seedOldOrders([
      '3010-06-01T10:00:00Z',
      '3010-01-15T10:00:00Z',
      '3011-03-01T10:00:00Z',
    ]);
    const numbered = await shop.Order.collection.findOne({ orderNumber: { $exists: true } });
    expect(numbered).toBeNull();

    expect(await backfillOrderNumbers(shop)).toBe(3);
    const numberOf = async (id: Types.ObjectId | undefined) =>
      (await shop.Order.findById(id).lean())?.orderNumber;
    expect(await numberOf(early)).toBe('AN-3010-000001');
    expect(await numberOf(late)).toBe('AN-3010-000002');
    expect(await numberOf(otherYear)).toBe('AN-3011-000001');

    expect(await backfillOrderNumbers(shop)).toBe(0);
    expect(await numberOf(late)).toBe('AN-3010-000002');
    expect(await nextOrderNumber(shop.Counter, 3010)).toBe('AN-3010-000003');
  });
});
