import { join } from 'node:path';
import { redactMongoUri, startEmbeddedMongo } from '@aneis/data';

export interface StackDatabase {
  readonly uri: string;
  /** How it was chosen, for the start-up summary. */
  readonly description: string;
  stop(): Promise<void>;
}

/**
 * MONGODB_URI when given; otherwise the embedded engine, run here in the orchestrator so every
 * server instance shares one database, with its data kept under the data folder.
 */
export async function startDatabase(
  mongodbUri: string | undefined,
  dataDir: string,
  print: (line: string) => void,
): Promise<StackDatabase> {
  if (mongodbUri !== undefined) {
    return {
      uri: mongodbUri,
      description: `MONGODB_URI (${redactMongoUri(mongodbUri)})`,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedMongo({ dataDir, print });
  return {
    uri: embedded.uri,
    description: `embedded CongoDB at ${embedded.uri}, data in ${join(dataDir, 'mongo')}`,
    stop: () => embedded.stop(),
  };
}
