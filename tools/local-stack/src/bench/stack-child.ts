import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { readStackState, type StackState } from '../stack/state-file.js';
import { isAlive } from '../supervisor/process-identity.js';

export interface StackUnderTest {
  readonly child: ChildProcess;
  readonly state: StackState;
  output(): string;
  /** SIGINT, as Ctrl-C sends it; resolves with the exit code. */
  interrupt(timeoutMs: number): Promise<number | null>;
  /** SIGKILL to every process of the stack at the same moment, as a power cut would. */
  killEverything(): Promise<void>;
}

/** The command `npm start` ends up running: the `start` target of tools/local-stack/project.json. */
export function startCommand(root: string): string[] {
  const project = JSON.parse(
    readFileSync(join(root, 'tools/local-stack/project.json'), 'utf8'),
  ) as {
    targets: { start: { options: { command: string } } };
  };
  return project.targets.start.options.command.split(/\s+/);
}

/** Runs the start command and resolves once the stack wrote its state file (it is ready). */
export async function startStackProcess(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  dataDir: string,
  timeoutMs: number,
): Promise<StackUnderTest> {
  const [program, ...rest] = startCommand(root);
  const child = spawn(program === 'node' ? process.execPath : (program ?? ''), [...rest, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readStackState(dataDir);
    // A state file left by a stack killed earlier is not this one's.
    if (state?.processes.some((p) => p.name === 'local-stack' && p.pid === child.pid)) {
      return {
        child,
        state,
        output: () => output,
        interrupt: async (ms) => {
          child.kill('SIGINT');
          return Promise.race([exited, delay(ms, null)]);
        },
        killEverything: async () => {
          for (const { pid } of state.processes) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              // Already gone.
            }
          }
          await exited;
          while (state.processes.some(({ pid }) => isAlive(pid))) await delay(50);
        },
      };
    }
    if (hasExited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `the local stack ${hasExited ? 'exited' : 'was not ready in time'}; its output:\n${output.slice(-6000)}`,
      );
    }
    await delay(250);
  }
}

export { isAlive };
