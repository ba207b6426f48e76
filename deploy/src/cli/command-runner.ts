import { spawn } from 'node:child_process';
import { CliError } from './run-cli.js';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool (kubectl, docker, or a stand-in) with arguments and optional stdin. */
export type CommandRunner = (args: readonly string[], input?: string) => Promise<CommandResult>;

/**
 * Secrets and manifests travel on stdin, never on the command line where `ps` shows them.
 * A missing binary becomes one sentence naming the variable that points at it.
 */
export function createCommandRunner(binary: string, tool: string, envVar: string): CommandRunner {
  return (args, input) =>
    new Promise((resolve, reject) => {
      const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new CliError(
                `${tool} was not found (looked for "${binary}"): install it or set ${envVar} to its path.`,
              )
            : error,
        );
      });
      child.on('close', (code) =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => undefined);
      child.stdin.end(input ?? '');
    });
}
