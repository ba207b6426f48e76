import { commandSettings } from './command-settings.js';
import { defaultSecretsFile, readEnvFile } from './env-file.js';
import { createKubectl, kubectlBinary } from './kubectl.js';
import { flagValue, hasFlag, runCli } from './run-cli.js';
import { runSecrets } from './run-secrets.js';

runCli(async () => {
  const { settings, rest } = await commandSettings(process.argv.slice(2), process.env);
  const fromFile = await readEnvFile(flagValue(rest, '--file') ?? defaultSecretsFile);
  await runSecrets({
    settings,
    kubectl: createKubectl(flagValue(rest, '--kubectl') ?? kubectlBinary()),
    given: { ...fromFile, ...process.env },
    dryRun: hasFlag(rest, '--dry-run'),
    print: (line) => process.stdout.write(`${line}\n`),
  });
});
