import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKubectl, type Kubectl } from '../../src/cli/kubectl.js';

export const fakeKubectlPath = join(import.meta.dirname, '..', 'fixtures', 'fake-kubectl.mjs');

export interface FakeCall {
  args: string[];
  fed: string[];
}

export interface FakeCluster {
  kubectl: Kubectl;
  calls(): FakeCall[];
  state(): Record<string, { kind: string; data?: Record<string, string> }>;
  cleanup(): void;
}

/** The stand-in kubectl, with its own call log and cluster state in a temp dir. */
export function fakeCluster(mode: 'ok' | 'unreachable' = 'ok'): FakeCluster {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-fake-kubectl-'));
  const log = join(dir, 'calls.jsonl');
  const stateFile = join(dir, 'state.json');
  process.env['FAKE_KUBECTL_LOG'] = log;
  process.env['FAKE_KUBECTL_STATE'] = stateFile;
  process.env['FAKE_KUBECTL_MODE'] = mode;
  return {
    kubectl: createKubectl(fakeKubectlPath),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as FakeCall)
        : [],
    state: () => (existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {}),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
