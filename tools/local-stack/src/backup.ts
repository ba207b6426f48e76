import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceFileDurably } from '@aneis/data';
import { encodeBackup } from './backup/dump-archive.js';
import { openShopDatabase } from './backup/open-shop-database.js';
import { countDocuments, readShopData } from './backup/shop-data.js';
import { defaultBackupFile } from './backup/default-backup-file.js';
import { readStackSettings } from './stack/stack-settings.js';
import { workspaceRoot } from './stack/workspace-root.js';

// `npm run backup [-- --out FILE] [--data-dir DIR]`: the shop's data, from whichever database
// the data folder's stack uses (the running one's, or started for the occasion), into one
// file a real MongoDB can load (mongorestore) and `npm run restore` reads back.
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { out: { type: 'string' }, 'data-dir': { type: 'string' } },
});
const root = workspaceRoot();

try {
  const settings = readStackSettings(
    values['data-dir'] === undefined ? [] : ['--data-dir', values['data-dir']],
    process.env,
    root,
  );
  const file = resolve(values.out ?? defaultBackupFile(root, 'backup'));
  const database = await openShopDatabase(settings, 'npm run backup', {
    shareRunningStack: true,
    print: (line) => console.log(line),
  });
  let documents: number;
  let size: number;
  try {
    const data = await readShopData(database.uri);
    documents = countDocuments(data);
    const archive = encodeBackup(data, database.source);
    size = archive.length;
    await replaceFileDurably(file, archive);
  } finally {
    await database.close();
  }
  console.log(
    `Backed up ${documents} documents from ${database.source}\n` +
      `  to ${file} (${(size / 1024).toFixed(1)} KiB).\n` +
      `  Restore it here: npm run restore ${file}\n` +
      `  Into a real MongoDB: tar xzf ${file} && mongorestore --drop --dir dump --uri "mongodb://…"`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
