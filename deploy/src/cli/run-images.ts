import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeploySettings } from '../settings/settings.js';
import { recordImageDigests } from '../settings/image-digests.js';
import { taggedImage } from '../settings/resolve-settings.js';
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
  /** Where the pushed images' digests are recorded for deploy:apply (image-digests.ts). */
  readonly digestsFile: string;
  readonly print: (line: string) => void;
}

/** The registry digest `docker push` gave `ref` (its RepoDigests entry for that repository). */
async function pushedDigest(docker: CommandRunner, ref: string): Promise<string> {
  const inspect = await docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref]);
  const repository = ref.slice(0, ref.lastIndexOf(':'));
  const digests = inspect.code === 0 ? (JSON.parse(inspect.stdout) as string[] | null) : null;
  const entry = (digests ?? []).find((d) => d.startsWith(`${repository}@`));
  if (!entry) {
    throw new CliError(
      `Docker pushed ${ref} but reports no digest for it (${firstLine(inspect.stderr || inspect.stdout)}).`,
    );
  }
  return entry.slice(repository.length + 1);
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
  const digests: Record<string, string> = {};
  for (const image of images) {
    const ref = taggedImage(o.settings, image.name);
    const args = ['build', '--file', join(o.repoRoot, image.dockerfile), '--tag', ref];
    let context = o.repoRoot;
    if (image.configFiles) {
      context = join(o.workDir, image.name);
      await rm(context, { recursive: true, force: true });
      await mkdir(context, { recursive: true });
      for (const [file, text] of Object.entries(image.configFiles(o.settings)))
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
      digests[ref] = await pushedDigest(o.docker, ref);
    }
    built.push(ref);
  }
  // recorded after every push succeeded, so a failed run never half-pins a release
  if (Object.keys(digests).length > 0) await recordImageDigests(o.digestsFile, digests);
  return built;
}
