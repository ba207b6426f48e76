import { commandSettings } from './command-settings.js';
import { createKubectl, kubectlBinary } from './kubectl.js';
import { runApply } from './run-apply.js';
import { flagValue, hasFlag, runCli } from './run-cli.js';

runCli(async () => {
  const { settings, rest } = await commandSettings(process.argv.slice(2), process.env);
  await runApply({
    settings,
    kubectl: createKubectl(flagValue(rest, '--kubectl') ?? kubectlBinary()),
    dryRun: hasFlag(rest, '--dry-run'),
    timeout: flagValue(rest, '--timeout') ?? '600s',
    print: (line) => process.stdout.write(`${line}\n`),
  });
});
