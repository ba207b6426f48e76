import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeploySettings } from '../settings/settings.js';
import { imageRef } from '../settings/resolve-settings.js';
import { imageCatalogue } from '../images/image-catalogue.js';
import type { CommandRunner } from './command-runner.js';
import { firstLine } from './kubectl.js';
import { CliError } from './run-cli.js';

export interface ImagesOptions {
  readonly settings: DeploySettings;
  /** Runs docker (same shape as the kubectl runner). */
  readonly docker: CommandRunner;
  readonly repoRoot: string;
  /** Where the generated config contexts are written (under deploy/out). */
  readonly workDir: string;
  /** Only these images (e.g. the affected apps in CI); all when empty. */
  readonly only: readonly string[];
  readonly push: boolean;
  readonly print: (line: string) => void;
}

async function ensureDockerUsable(docker: CommandRunner): Promise<void> {
  const result = await docker(['version', '--format', '{{.Server.Version}}']);
  if (result.code !== 0) {
    throw new CliError(
      `Docker is installed but its engine cannot be reached (${firstLine(result.stderr)}); start Docker or set DOCKER_HOST.`,
    );
  }
}

/** Builds every image (the infra ones with the generated config) and pushes it to the registry. */
export async function runImages(o: ImagesOptions): Promise<string[]> {
  const known = imageCatalogue();
  const unknown = o.only.filter((name) => !known.some((i) => i.name === name));
  if (unknown.length > 0) {
    throw new CliError(
      `Unknown image ${unknown.join(', ')}: choose from ${known.map((i) => i.name).join(', ')}.`,
    );
  }
  const images = o.only.length === 0 ? known : known.filter((i) => o.only.includes(i.name));
  await ensureDockerUsable(o.docker);
  const built: string[] = [];
  for (const image of images) {
    const ref = imageRef(o.settings, image.name);
    const args = ['build', '--file', join(o.repoRoot, image.dockerfile), '--tag', ref];
    let context = o.repoRoot;
    if (image.configFiles) {
      context = join(o.workDir, image.name);
      await rm(context, { recursive: true, force: true });
      await mkdir(context, { recursive: true });
      for (const [file, text] of Object.entries(image.configFiles()))
        await writeFile(join(context, file), text);
      args.push('--build-context', `config=${context}`);
    }
    o.print(`build ${ref}`);
    const build = await o.docker([...args, context]);
    if (build.code !== 0) throw new CliError(`Building ${ref} failed: ${firstLine(build.stderr)}`);
    if (o.push) {
      o.print(`push ${ref}`);
      const push = await o.docker(['push', ref]);
      if (push.code !== 0) throw new CliError(`Pushing ${ref} failed: ${firstLine(push.stderr)}`);
    }
    built.push(ref);
  }
  return built;
}
