import { commandSettings } from './command-settings.js';
import { flagValue, runCli } from './run-cli.js';
import { defaultOutDir, writeManifests } from './write-manifests.js';

runCli(async () => {
  const { settings, rest } = await commandSettings(process.argv.slice(2), process.env);
  const outDir = flagValue(rest, '--out') ?? defaultOutDir;
  const files = await writeManifests(settings, outDir);
  process.stdout.write(`wrote ${files.length} files to ${outDir}: ${files.join(', ')}\n`);
});
