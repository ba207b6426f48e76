import { existsSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@aneis/data';
import { readShopData, replaceShopData } from '../backup/shop-data.js';

export function embeddedDataFolder(dataDir: string): string {
  return join(dataDir, 'mongo');
}

/** Whether the embedded engine has kept data in this folder (a snapshot or a journal). */
export async function hasEmbeddedData(dataDir: string): Promise<boolean> {
  const names = await readdir(embeddedDataFolder(dataDir)).catch(() => []);
  return names.some((name) => name === 'congodb.ejson' || /^journal-\d+\.log$/.test(name));
}

/** Whether a real mongod has kept data in this folder. */
export function hasMongodData(dataDir: string): boolean {
  return existsSync(join(dataDir, 'mongod', 'db', 'WiredTiger'));
}

/**
 * A data folder the embedded engine used, now run on a real mongod for the first time: its
 * data is copied into the new mongod, and the old files are kept aside (renamed, not deleted),
 * so the shop looks the same on the better engine. Returns the folder they were moved to.
 */
export async function moveEmbeddedDataInto(
  dataDir: string,
  mongodUri: string,
): Promise<{ documents: number; keptIn: string }> {
  const embedded = await startEmbeddedMongo({ dataDir, print: () => undefined });
  let documents: number;
  try {
    documents = await replaceShopData(mongodUri, await readShopData(embedded.uri));
  } finally {
    await embedded.stop();
  }
  const keptIn = `${embeddedDataFolder(dataDir)}.moved-to-mongod-${new Date()
    .toISOString()
    .replace(/[:.]/g, '-')}`;
  await rename(embeddedDataFolder(dataDir), keptIn);
  return { documents, keptIn };
}
