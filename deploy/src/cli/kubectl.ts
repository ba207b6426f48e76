import { createCommandRunner, type CommandResult, type CommandRunner } from './command-runner.js';
import { CliError } from './run-cli.js';

export type Kubectl = CommandRunner;
export type KubectlResult = CommandResult;

export function kubectlBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env['KUBECTL'] ?? 'kubectl';
}

export function createKubectl(binary: string): Kubectl {
  return createCommandRunner(binary, 'kubectl', 'KUBECTL');
}

/** The first meaningful line kubectl printed, for a one-sentence error. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? 'no output'
  );
}

/** Runs kubectl and turns a failure into a CliError that says what was being done. */
export async function mustRun(
  kubectl: Kubectl,
  doing: string,
  args: readonly string[],
  input?: string,
): Promise<KubectlResult> {
  const result = await kubectl(args, input);
  if (result.code !== 0) {
    throw new CliError(
      `kubectl failed while ${doing}: ${firstLine(result.stderr || result.stdout)}`,
    );
  }
  return result;
}

/** Fails with one sentence when the cluster cannot be reached, before anything is changed. */
export async function ensureClusterReachable(kubectl: Kubectl): Promise<void> {
  const result = await kubectl(['version', '--request-timeout=10s', '-o', 'json']);
  if (result.code !== 0) {
    throw new CliError(
      `The Kubernetes cluster cannot be reached (${firstLine(result.stderr)}); check your kubeconfig and that the cluster is up.`,
    );
  }
}

/** A Secret's decoded data, or nothing when it does not exist yet. Never printed by callers. */
export async function readSecretData(
  kubectl: Kubectl,
  namespace: string,
  name: string,
): Promise<Record<string, string>> {
  const result = await kubectl(['get', 'secret', name, '-n', namespace, '-o', 'json']);
  if (result.code !== 0) return {};
  const data = (JSON.parse(result.stdout) as { data?: Record<string, string> }).data ?? {};
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );
}
