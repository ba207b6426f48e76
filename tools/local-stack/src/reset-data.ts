import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { currentHolder, describeHolder } from './stack/data-dir-lock.js';
import { readStackSettings } from './stack/stack-settings.js';
import { workspaceRoot } from './stack/workspace-root.js';

// `npm run reset-data [-- --yes]`: deletes the local run's data folder (database, sessions'
// secret, outbox, images), so the next `npm start` seeds a fresh shop.
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { yes: { type: 'boolean', short: 'y' }, 'data-dir': { type: 'string' } },
});
const settings = readStackSettings(
  values['data-dir'] === undefined ? [] : ['--data-dir', values['data-dir']],
  process.env,
  workspaceRoot(),
);
const { dataDir, root } = settings;

if (root.startsWith(dataDir) || dataDir === homedir()) {
  // DATA_DIR=/ or DATA_DIR=~ by mistake must never become a recursive delete.
  console.error(`Refusing to delete ${dataDir}: it holds the repository or your home folder.`);
  process.exit(2);
}
if (!existsSync(dataDir)) {
  console.log(`Nothing to reset: ${dataDir} does not exist.`);
  process.exit(0);
}
const holder = await currentHolder(dataDir);
if (holder) {
  console.error(describeHolder(dataDir, holder));
  process.exit(1);
}
if (!values.yes) {
  if (!process.stdin.isTTY) {
    console.error(`Not a terminal: run with --yes to delete ${dataDir}.`);
    process.exit(1);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`Delete ${dataDir} and everything in it? [y/N] `);
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    console.log('Nothing deleted.');
    process.exit(0);
  }
}
await rm(dataDir, { recursive: true, force: true });
console.log(`Deleted ${dataDir}; the next npm start begins with fresh demo data.`);
