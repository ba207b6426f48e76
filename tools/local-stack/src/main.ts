import { setTimeout as delay } from 'node:timers/promises';
import {
  acquireDataDirLock,
  DataFolderInUseError,
  type DataDirLock,
} from './stack/data-dir-lock.js';
import { summaryLines } from './stack/print-summary.js';
import { readStackSettings, type StackSettings } from './stack/stack-settings.js';
import { startStack, type RunningStack } from './stack/start-stack.js';
import { removeStackState, writeStackState } from './stack/state-file.js';
import { workspaceRoot } from './stack/workspace-root.js';
import { Reaper } from './supervisor/reaper.js';
import { safeStandardOutput } from './supervisor/safe-output.js';
import { watchLauncher } from './supervisor/watch-launcher.js';

// `npm start`: the whole shop on this machine, routed like the cluster. See the README.
const started = Date.now();
const output = safeStandardOutput();
const colour = process.stdout.isTTY === true;
const label = colour ? '\u001b[1m[local-stack]\u001b[0m' : '[local-stack]';
const print = (line: string): void => {
  output.out.write(`${label} ${line}\n`);
};

let settings: StackSettings;
try {
  settings = readStackSettings(process.argv.slice(2), process.env, workspaceRoot());
} catch (error) {
  print(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

let lock: DataDirLock;
try {
  lock = await acquireDataDirLock(settings.dataDir, 'npm start');
} catch (error) {
  print(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof DataFolderInUseError ? 3 : 1);
}
// Whatever way this process ends, the folder is given back (a SIGKILL leaves a stale lock,
// which the next start takes over).
process.on('exit', () => lock.release());
// What a stack killed earlier said about itself is no longer true.
await removeStackState(settings.dataDir);
const reaper = Reaper.start();

print(`starting from ${settings.root}, data in ${settings.dataDir}`);
const startup: Promise<RunningStack | undefined> = startStack(settings, {
  print,
  colour,
  guard: reaper,
  stdout: output.out,
  stderr: output.err,
}).catch((error: unknown) => {
  print(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
  return undefined;
});

let stopping = false;
let firstStopAt = 0;
async function shutdown(why: string): Promise<void> {
  // One Ctrl-C often arrives twice (from the terminal and forwarded by npm or timeout).
  if (stopping && Date.now() - firstStopAt < 1_000) return;
  if (stopping) {
    // The exit hooks SIGKILL every child on the way out; the database journal already holds
    // every acknowledged write.
    print(`${why} again: killing everything now`);
    process.exit(1);
  }
  stopping = true;
  firstStopAt = Date.now();
  print(`${why}: stopping (the servers finish open requests first)…`);
  // A start still in progress gets a moment to settle so its children are stopped in order.
  const stack = await Promise.race([startup, delay(20_000, undefined)]);
  await stack?.stop();
  await removeStackState(settings.dataDir);
  lock.release();
  await reaper.close();
  print('stopped; no process left behind');
  process.exit(process.exitCode ?? 0);
}
function stopBecause(why: string, exitCode?: number): void {
  if (exitCode !== undefined) process.exitCode = exitCode;
  shutdown(why).catch((error: unknown) => {
    print(`stop failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stopBecause(signal));
}
watchLauncher((who) => stopBecause(`the command that started the stack (${who}) is gone`));
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    print(
      `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    stopBecause('after that error', 1);
  });
}

const stack = await startup;
if (stack && !stopping) {
  const readyMs = Date.now() - started;
  await lock.update({ edgePort: stack.edgePort, databaseUri: stack.database.uri });
  await writeStackState(settings.dataDir, {
    edgePort: stack.edgePort,
    urls: stack.urls,
    readyAfterMs: readyMs,
    database: { engine: stack.database.engine, uri: stack.database.uri },
    processes: [
      ...stack.processes(),
      ...(reaper.pid === undefined ? [] : [{ name: 'reaper', pid: reaper.pid }]),
    ],
  });
  for (const line of summaryLines(stack, settings, readyMs)) print(line);
} else if (!stack && !stopping) {
  lock.release();
  await reaper.close();
  process.exit(process.exitCode ?? 1);
}
