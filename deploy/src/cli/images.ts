import { fileURLToPath } from 'node:url';
import { defaultDigestsFile } from '../settings/image-digests.js';
import { commandSettings } from './command-settings.js';
import { createCommandRunner } from './command-runner.js';
import { flagValue, hasFlag, runCli } from './run-cli.js';
import { runImages } from './run-images.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

runCli(async () => {
  const { settings, rest } = await commandSettings(process.argv.slice(2), process.env);
  const only = (flagValue(rest, '--only') ?? '').split(',').filter((s) => s !== '');
  const built = await runImages({
    settings,
    docker: createCommandRunner(
      flagValue(rest, '--docker') ?? process.env['DOCKER'] ?? 'docker',
      'docker',
      'DOCKER',
    ),
    repoRoot,
    workDir: fileURLToPath(new URL('../../out/image-config/', import.meta.url)),
    only,
    push: !hasFlag(rest, '--no-push'),
    digestsFile:
      flagValue(rest, '--digests') ?? process.env['DEPLOY_DIGESTS_FILE'] ?? defaultDigestsFile,
    print: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(
    `${built.length} images ${hasFlag(rest, '--no-push') ? 'built' : 'built and pushed'}\n`,
  );
});
