import {
  acquireDataDirLock,
  currentHolder,
  DataFolderInUseError,
  type DataDirLock,
} from '../stack/data-dir-lock.js';
import type { StackSettings } from '../stack/stack-settings.js';
import { startDatabase } from '../stack/start-database.js';
import { Reaper } from '../supervisor/reaper.js';

export interface ShopDatabase {
  readonly uri: string;
  /** Where the data is, as the start summary says it. */
  readonly source: string;
  /** Stops what was started here (a clean stop: the embedded engine compacts). */
  close(): Promise<void>;
}

/**
 * The data folder's database for a one-off command (backup, restore): the running stack's when
 * `shareRunningStack` and one runs; else the same engine `npm start` would pick, started here
 * for the command's duration under the folder's lock, so no stack starts on it meanwhile.
 */
export async function openShopDatabase(
  settings: StackSettings,
  command: string,
  options: { shareRunningStack: boolean; print: (line: string) => void },
): Promise<ShopDatabase> {
  if (settings.mongodbUri !== undefined) {
    return { uri: settings.mongodbUri, source: 'MONGODB_URI', close: async () => undefined };
  }
  const holder = await currentHolder(settings.dataDir);
  if (holder !== undefined) {
    if (options.shareRunningStack && holder.command === 'npm start' && holder.databaseUri) {
      return {
        uri: holder.databaseUri,
        source: `the running local stack (pid ${holder.pid}) on ${settings.dataDir}`,
        close: async () => undefined,
      };
    }
    throw new DataFolderInUseError(settings.dataDir, holder);
  }
  const lock: DataDirLock = await acquireDataDirLock(settings.dataDir, command);
  const reaper = Reaper.start();
  const release = async () => {
    await reaper.close();
    lock.release();
  };
  try {
    const database = await startDatabase({
      settings,
      env: process.env,
      print: options.print,
      guard: reaper,
    });
    return {
      uri: database.uri,
      source: database.summary[0] ?? database.engine,
      close: async () => {
        try {
          await database.stop();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
