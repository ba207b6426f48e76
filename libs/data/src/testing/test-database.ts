import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, expect, inject } from 'vitest';
import type { MongoEngineCapabilities, MongoEngineInfo } from '../engine/mongo-engine.js';
import { withDatabaseName } from '../engine/poll-monitoring-uri.js';

// Re-exported here so that whoever imports this module also gets the `inject` types.
export type { TestMongoContext } from './provided-context.js';

export interface TestDatabase extends MongoEngineInfo {
  /** This test file's own database. */
  dbName: string;
  /** The shared test server, no database in the path. */
  serverUri: string;
  /** `serverUri` with `dbName` in its path: hand it to code that reads MONGODB_URI. */
  uri: string;
}

const maxLabelLength = 40;

/**
 * A database name no other test file (or run) uses: `test_<label>_<8 hex>`, within MongoDB's
 * 64-byte limit and without the characters it forbids.
 */
export function createTestDatabaseName(label = 'db'): string {
  const safeLabel = label.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, maxLabelLength) || 'db';
  return `test_${safeLabel}_${randomBytes(4).toString('hex')}`;
}

/**
 * Gives the calling test file its own database on the run's test server (see the global
 * setup) and drops it after the file's last test. Call it at the top of a test file.
 */
export function useTestDatabase(label: string = currentTestFileLabel()): TestDatabase {
  const engine = inject('mongoEngine');
  if (engine === undefined) {
    throw new Error(
      "No test MongoDB was provided: add globalSetup: ['@aneis/data/vitest-global-setup'] " +
        'to this project’s vitest.config.mts.',
    );
  }
  const dbName = createTestDatabaseName(label);
  afterAll(() => dropDatabase(engine, dbName));
  return { ...engine, dbName, serverUri: engine.uri, uri: withDatabaseName(engine.uri, dbName) };
}

/**
 * True when the engine does not really do `capability`; says so on the console, so a skipped
 * test is never mistaken for a passing one: `it.skipIf(engineLacks(db, 'uniqueIndexes', …))`.
 */
export function engineLacks(
  engine: Pick<MongoEngineInfo, 'engine' | 'capabilities'>,
  capability: keyof MongoEngineCapabilities,
  what: string,
): boolean {
  if (engine.capabilities[capability]) return false;
  console.warn(
    `[test-db] SKIPPED "${what}": the MongoDB engine "${engine.engine}" does not enforce ` +
      `${capability}; run with MONGODB_URI or a mongod binary to cover it.`,
  );
  return true;
}

function currentTestFileLabel(): string {
  const testPath = expect.getState().testPath;
  return testPath === undefined
    ? 'db'
    : basename(testPath).replace(/\.(spec|test)\.[cm]?[jt]s$/, '');
}

async function dropDatabase(engine: MongoEngineInfo, dbName: string): Promise<void> {
  const client = new mongoose.mongo.MongoClient(engine.uri, {
    serverSelectionTimeoutMS: 5_000,
    ...(engine.embedded ? { serverMonitoringMode: 'poll' as const } : {}),
  });
  try {
    await client.db(dbName).dropDatabase();
  } finally {
    await client.close();
  }
}
