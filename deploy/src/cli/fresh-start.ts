import { createInterface } from 'node:readline/promises';
import { commandSettings } from './command-settings.js';
import { createKubectl, kubectlBinary } from './kubectl.js';
import { flagValue, hasFlag, runCli } from './run-cli.js';
import { runFreshStart } from './run-fresh-start.js';

runCli(async () => {
  const { settings, rest } = await commandSettings(process.argv.slice(2), process.env);
  await runFreshStart({
    settings,
    kubectl: createKubectl(flagValue(rest, '--kubectl') ?? kubectlBinary()),
    confirmed: hasFlag(rest, '--yes', '-y'),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    print: (line) => process.stdout.write(`${line}\n`),
  });
});
