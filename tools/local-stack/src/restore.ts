import { readFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DamagedDataError, replaceFileDurably } from '@aneis/data';
import { decodeBackup, encodeBackup } from './backup/dump-archive.js';
import { openShopDatabase, type ShopDatabase } from './backup/open-shop-database.js';
import { countDocuments, readShopData, replaceShopData } from './backup/shop-data.js';
import { defaultBackupFile } from './backup/default-backup-file.js';
import { embeddedDataFolder } from './stack/move-embedded-data.js';
import { readStackSettings, type StackSettings } from './stack/stack-settings.js';
import { workspaceRoot } from './stack/workspace-root.js';

// `npm run restore FILE [-- --data-dir DIR]`: makes the shop's databases exactly what a backup
// holds. The stack must be stopped; what is replaced is first saved as a backup of its own.
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { 'data-dir': { type: 'string' } },
  allowPositionals: true,
});
const root = workspaceRoot();
const print = (line: string) => console.log(line);

try {
  const [given] = positionals;
  if (given === undefined || positionals.length > 1) {
    throw new Error('name one backup file: npm run restore backups/aneis-backup-….tar.gz');
  }
  const file = resolve(given);
  const { data, manifest } = decodeBackup(await readFile(file));
  const settings = readStackSettings(
    values['data-dir'] === undefined ? [] : ['--data-dir', values['data-dir']],
    process.env,
    root,
  );
  const database = await openDespiteDamage(settings);
  try {
    const current = await readShopData(database.uri);
    if (countDocuments(current) > 0) {
      const safety = defaultBackupFile(root, 'before-restore');
      await replaceFileDurably(safety, encodeBackup(current, database.source));
      print(`What was there (${countDocuments(current)} documents) is saved in ${safety}`);
    }
    const documents = await replaceShopData(database.uri, data);
    print(
      `Restored ${documents} documents` +
        (manifest ? ` (backed up ${manifest.createdAt} from ${manifest.source})` : '') +
        `\n  into ${database.source}.`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** A restore is the way out of damaged data: the damaged files are moved aside, not read. */
async function openDespiteDamage(settings: StackSettings): Promise<ShopDatabase> {
  const open = () =>
    openShopDatabase(settings, 'npm run restore', { shareRunningStack: false, print });
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof DamagedDataError)) throw error;
    const aside = `${embeddedDataFolder(settings.dataDir)}.damaged-${Date.now()}`;
    await rename(embeddedDataFolder(settings.dataDir), aside);
    print(
      `${error.message}\nThe damaged files are moved to ${aside}; restoring into a fresh database.`,
    );
    return open();
  }
}
