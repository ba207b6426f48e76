import { afterAll, beforeAll } from 'vitest';
import {
  createMongoConnection,
  type MongoConnection,
} from '../connection/create-mongo-connection.js';
import { registerModels, type ShopModels } from '../models/register-models.js';
import { useTestDatabase } from './test-database.js';

/**
 * `count` connections to the test database, each with its own models: stand-ins for as many
 * server processes racing over the wire. `shop(i)` is the i-th (wrapping around).
 */
export function useRacingConnections(count: number): { shop: (i?: number) => ShopModels } {
  const db = useTestDatabase();
  const connections: MongoConnection[] = [];
  const models: ShopModels[] = [];
  beforeAll(async () => {
    for (let i = 0; i < count; i += 1) {
      const mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
      await mongo.connect();
      connections.push(mongo);
      models.push(registerModels(mongo.connection));
    }
  });
  afterAll(async () => {
    for (const mongo of connections) await mongo.close();
  });
  return { shop: (i = 0) => models[i % count] as ShopModels };
}
