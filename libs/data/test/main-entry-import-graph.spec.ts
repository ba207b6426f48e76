import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Packages reached through static (runtime) imports from an entry file, following relative ones. */
function staticPackageImports(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (specifier.startsWith('.')) {
        pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      } else {
        packages.add(specifier);
      }
    }
  }
  return packages;
}

const src = resolve(import.meta.dirname, '../src');

describe('the main entry point', () => {
  it('when loaded in production, then it pulls in neither CongoDB, mongodb-memory-server nor vitest', () => {
    const packages = staticPackageImports(resolve(src, 'index.ts'));

    expect(packages).toContain('mongoose');
    expect(packages).not.toContain('@push.rocks/smartmongo');
    expect(packages).not.toContain('mongodb-memory-server');
    expect(packages).not.toContain('vitest');
  });
});

describe('the testing entry point', () => {
  it('when inspected, then its development engines are still only loaded on demand', () => {
    const packages = staticPackageImports(resolve(src, 'testing/index.ts'));

    expect(packages).toContain('vitest');
    expect(packages).not.toContain('@push.rocks/smartmongo');
    expect(packages).not.toContain('mongodb-memory-server');
  });
});
