import { environmentVariables, type EnvironmentVariable } from '@aneis/config';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './lint-snippet.js';

const readmePath = path.join(workspaceRoot, 'README.md');
const start = '<!-- env-table:start -->';
const end = '<!-- env-table:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Variables whose default differs per app are listed once per default, as the config lib does. */
function renderTable(variables: readonly EnvironmentVariable[]): string {
  const rows = variables.map(
    (v) =>
      `| \`${v.name}\` | ${v.apps.join(', ')} | ${v.default === undefined ? '—' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`,
  );
  return ['| Variable | Read by | Default | Meaning |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Prettier pads table cells; compare the cells, not the padding. */
function normalise(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^-+$/, '---'))
        .join('|'),
    );
}

// The README table is generated from the config lib's list; run with UPDATE_README=1 to rewrite it.
describe('README environment table', () => {
  it('when the README is read, then its table lists exactly the variables the apps read', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, 'README lacks the env-table markers').toBeGreaterThan(-1);
    const expected = `${start}\n\n${renderTable(environmentVariables)}\n\n${end}`;
    const actual = readme.slice(from, to + end.length);
    const same = JSON.stringify(normalise(actual)) === JSON.stringify(normalise(expected));
    if (!same && process.env['UPDATE_README'] === '1') {
      writeFileSync(readmePath, readme.slice(0, from) + expected + readme.slice(to + end.length));
      return;
    }
    expect(normalise(actual)).toEqual(normalise(expected));
  });
});
