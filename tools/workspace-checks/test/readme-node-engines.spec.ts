import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './lint-snippet.js';

/*
 * The README says which Node.js the workspace runs on, and lists the packages whose own
 * `engines` ask for more (npm prints an EBADENGINE warning for each at `npm ci`). This keeps the
 * list true when dependencies change: it is computed from package-lock.json.
 */
const readme = readFileSync(path.join(workspaceRoot, 'README.md'), 'utf8');
const lock = JSON.parse(readFileSync(path.join(workspaceRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

type Version = [number, number, number];

/** `20.19` → [20, 19, 0]; missing parts are 0 (a lower bound). */
function lowest(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` satisfies an npm `engines.node` range, for the forms the lock file holds:
 * `||`, comparators side by side, `>= >` `<= <`, `^`, `~`, `*` and partial versions (`20`,
 * `12.*`). Anything else fails the test, so the checker grows with the dependencies.
 */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => matches(version, comparator)),
  );
}

function matches(version: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|=|\^|~)?v?(\*|\d+(?:\.(?:\d+|\*|x))?(?:\.(?:\d+|\*|x))?)$/.exec(
    comparator,
  );
  if (!match) throw new Error(`engines range part "${comparator}" is not understood here`);
  const [, operator = '', bound = ''] = match;
  if (bound === '*') return true;
  const parts = bound.split('.').filter((part) => part !== '*' && part !== 'x');
  const floor = lowest(parts.join('.'));
  const ceiling: Version =
    operator === '~' && parts.length > 1
      ? [floor[0], floor[1] + 1, 0]
      : parts.length === 2 && operator === ''
        ? [floor[0], floor[1] + 1, 0]
        : [floor[0] + 1, 0, 0];
  switch (operator) {
    case '>=':
      return compare(version, floor) >= 0;
    case '>':
      return compare(version, floor) > 0;
    case '<=':
      return compare(version, floor) <= 0;
    case '<':
      return compare(version, floor) < 0;
    case '^':
    case '~':
      return compare(version, floor) >= 0 && compare(version, ceiling) < 0;
    default:
      return parts.length === 3
        ? compare(version, floor) === 0
        : compare(version, floor) >= 0 && compare(version, ceiling) < 0;
  }
}

describe('the README on the Node.js version', () => {
  const minimum = /\*\*Node\.js ≥ (\d+\.\d+(?:\.\d+)?)\*\*/.exec(readme)?.[1];
  const section = /<!-- node-engines:start -->([\s\S]*?)<!-- node-engines:end -->/.exec(
    readme,
  )?.[1];

  it('when the range checker is asked about known ranges, then it answers as npm does', () => {
    const v20 = lowest('20.19.0');
    expect(satisfies(v20, '>=20.19')).toBe(true);
    expect(satisfies(v20, '^22.18.0 || >=24.11.0')).toBe(false);
    expect(satisfies(v20, '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies(v20, '>= 22.22')).toBe(false);
    expect(satisfies(v20, '18 || 20 || >=22')).toBe(true);
    expect(satisfies(v20, '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies(v20, '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies(lowest('22.1.0'), '^22.22.2 || ^24.15.0 || >=26.0.0')).toBe(false);
  });

  it('when the README and package.json name the lowest Node.js, then they name the same one', () => {
    const engines = (
      JSON.parse(readFileSync(path.join(workspaceRoot, 'package.json'), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    expect(engines).toBe(`>=${minimum ?? ''}`);
  });

  it('when npm ci runs on the Node.js the README names, then exactly the packages it lists warn EBADENGINE', () => {
    expect(minimum, 'README names no "**Node.js ≥ X.Y**"').toBeDefined();
    expect(section, 'README lacks the node-engines markers').toBeDefined();
    const version = lowest(minimum ?? '0');
    const wanting = Object.entries(lock.packages)
      .filter(([key, entry]) => {
        const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return key !== '' && node !== undefined && !satisfies(version, node);
      })
      .map(
        ([key, entry]) => `${key.slice(key.lastIndexOf('node_modules/') + 13)}@${entry.version}`,
      );
    const listed = [...(section ?? '').matchAll(/`([^`]+@\d[^`]*)`/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(wanting));
  });
});
