import type { TestProject } from 'vitest/node';
import { resolveMongoEngine } from '../engine/resolve-mongo-engine.js';
import type {} from './provided-context.js';

/**
 * Vitest global setup: one MongoDB engine for the whole test run, its URI provided to every
 * test file. Use it as `globalSetup: ['@aneis/data/vitest-global-setup']`.
 */
export default async function setupTestMongo(project: TestProject): Promise<() => Promise<void>> {
  const { stop, ...engine } = await resolveMongoEngine();
  project.provide('mongoUri', engine.uri);
  project.provide('mongoEngine', engine);
  return stop;
}
