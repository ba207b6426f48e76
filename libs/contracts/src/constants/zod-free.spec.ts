import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The admin UI imports these values at start-up; one zod import here would put the whole schema
// library back into its first bundle.
describe('the constants entry', () => {
  const dir = import.meta.dirname;
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it.each(sources)('when %s is read, then it imports only its siblings', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\/[\w-]+\.js$/);
  });
});
