import { setTimeout as delay } from 'node:timers/promises';
import { summaryLines } from './stack/print-summary.js';
import { readStackSettings, type StackSettings } from './stack/stack-settings.js';
import { startStack, type RunningStack } from './stack/start-stack.js';
import { removeStackState, writeStackState } from './stack/state-file.js';
import { workspaceRoot } from './stack/workspace-root.js';

// `npm start`: the whole shop on this machine, routed like the cluster. See the README.
const started = Date.now();
const colour = process.stdout.isTTY === true;
const label = colour ? '\u001b[1m[local-stack]\u001b[0m' : '[local-stack]';
const print = (line: string): void => {
  process.stdout.write(`${label} ${line}\n`);
};

let settings: StackSettings;
try {
  settings = readStackSettings(process.argv.slice(2), process.env, workspaceRoot());
} catch (error) {
  print(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

print(`starting from ${settings.root}, data in ${settings.dataDir}`);
const startup: Promise<RunningStack | undefined> = startStack(settings, { print, colour }).catch(
  (error: unknown) => {
    print(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return undefined;
  },
);

let stopping = false;
let firstSignalAt = 0;
async function shutdown(signal: string): Promise<void> {
  // One Ctrl-C often arrives twice (from the terminal and forwarded by npm or timeout).
  if (stopping && Date.now() - firstSignalAt < 1_000) return;
  if (stopping) {
    // The exit hook of the process group SIGKILLs every child on the way out.
    print(`${signal} again: killing everything now`);
    process.exit(1);
  }
  stopping = true;
  firstSignalAt = Date.now();
  print(`${signal}: stopping (the servers finish open requests first)…`);
  // A start still in progress gets a moment to settle so its children are stopped in order.
  const stack = await Promise.race([startup, delay(20_000, undefined)]);
  await stack?.stop();
  await removeStackState(settings.dataDir);
  print('stopped; no process left behind');
  process.exit(process.exitCode ?? 0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    shutdown(signal).catch((error: unknown) => {
      print(`stop failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  });
}

const stack = await startup;
if (stack && !stopping) {
  const readyMs = Date.now() - started;
  await writeStackState(settings.dataDir, {
    edgePort: stack.edgePort,
    urls: stack.urls,
    readyAfterMs: readyMs,
    processes: stack.processes(),
  });
  for (const line of summaryLines(stack, settings, readyMs)) print(line);
}
