import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StackDatabaseEngine } from './start-database.js';
import type { StackProcess } from './start-stack.js';
import type { StackUrls } from './stack-urls.js';

/** What a running stack tells other tools (the benchmark, the full-stack test) about itself. */
export interface StackState {
  readonly edgePort: number;
  readonly urls: StackUrls;
  readonly readyAfterMs: number;
  /** Which database the stack runs on, and where it answers. */
  readonly database: { readonly engine: StackDatabaseEngine; readonly uri: string };
  readonly processes: readonly StackProcess[];
}

export function stateFileOf(dataDir: string): string {
  return join(dataDir, 'local-stack.state.json');
}

export async function writeStackState(dataDir: string, state: StackState): Promise<void> {
  await writeFile(stateFileOf(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export async function readStackState(dataDir: string): Promise<StackState | undefined> {
  try {
    return JSON.parse(await readFile(stateFileOf(dataDir), 'utf8')) as StackState;
  } catch {
    return undefined;
  }
}

export async function removeStackState(dataDir: string): Promise<void> {
  await rm(stateFileOf(dataDir), { force: true });
}
