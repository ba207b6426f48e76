// Test-only face of @aneis/data: it imports vitest, so production code never imports it.
export {
  resolveMongoEngine,
  type ResolveMongoEngineOptions,
} from '../engine/resolve-mongo-engine.js';
export type {
  MongoEngine,
  MongoEngineCapabilities,
  MongoEngineInfo,
  MongoEngineName,
} from '../engine/mongo-engine.js';
export {
  createTestDatabaseName,
  engineLacks,
  useTestDatabase,
  type TestDatabase,
  type TestMongoContext,
} from './test-database.js';
export { default as setupTestMongo } from './vitest-global-setup.js';
