#!/usr/bin/env node
// The one command behind `npm test`: every check a change must pass, then a single closing line
// that sums every test that ran, so people and CI read the same verdict.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sumResultFiles } from './test-results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extraArgs = process.argv.slice(2);
// CI judges a submission on a fresh run of everything: Nx keeps a cache outside the checkout,
// and a verdict replayed from it would not prove the tree at hand.
if (process.env.CI === 'true' && !extraArgs.includes('--skip-nx-cache'))
  extraArgs.push('--skip-nx-cache');

/** Where each project's runner leaves its machine-readable report (see the vitest configs). */
function resultFiles() {
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 4) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.'))
        continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'test-output') {
        for (const runner of readdirSync(full, { withFileTypes: true })) {
          if (runner.isDirectory()) found.push(path.join(full, runner.name, 'results.json'));
        }
      } else {
        walk(full, depth + 1);
      }
    }
  };
  for (const top of ['apps', 'libs', 'deploy', 'tools']) {
    try {
      walk(path.join(root, top), 0);
    } catch {
      // a top-level folder that does not exist yet holds no results
    }
  }
  return found;
}

function run(label, args) {
  console.log(`\n▶ ${label}: nx ${args.join(' ')}`);
  const result = spawnSync('npx', ['nx', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  return result.status === 0;
}

// Stale reports from an earlier run must not be counted; Nx restores them for cached tasks.
for (const file of resultFiles()) rmSync(file, { force: true });

const steps = [
  ['project references in sync', ['sync:check']],
  ['formatting', ['format:check']],
  [
    'lint, type-check, build and test every project',
    ['run-many', '-t', 'lint', 'typecheck', 'build', 'test', '--outputStyle=static', ...extraArgs],
  ],
];
let ok = true;
for (const [label, args] of steps) {
  if (!run(label, args)) {
    ok = false;
    console.error(`✖ ${label} failed`);
    if (label !== 'lint, type-check, build and test every project') continue;
  }
}

const totals = sumResultFiles(resultFiles());
for (const line of totals.perFile) console.log(`  ${line}`);
if (totals.failed > 0) ok = false;
if (totals.passed === 0) {
  console.error('✖ no test ran');
  ok = false;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
