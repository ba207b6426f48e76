import type { ProvidedContext } from 'vitest';
import type { MongoEngineInfo } from '../engine/mongo-engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's URI (no database in it); `useTestDatabase()` adds one per file. */
    mongoUri: string;
    mongoEngine: MongoEngineInfo;
  }
}

/** What the global setup hands to every test file through vitest's `provide`/`inject`. */
export type TestMongoContext = Pick<ProvidedContext, 'mongoUri' | 'mongoEngine'>;
