import { readFile } from 'node:fs/promises';
import path from 'node:path';

// A whole line `<!-- include: name.html -->`; the name is a plain file name, never a path.
const INCLUDE_LINE = /^([ \t]*)<!--\s*include:\s*(\S+)\s*-->[ \t]*$/gm;
const PARTIAL_NAME = /^[a-z0-9][a-z0-9-]*\.html$/;

/**
 * Replaces each include line with the named partial from `partialsDir`, indented like the line.
 * It lets one page keep its languages in separate, reviewable files. Partials do not nest.
 */
export async function expandIncludes(
  html: string,
  partialsDir: string | undefined,
): Promise<string> {
  const includes = [...html.matchAll(INCLUDE_LINE)];
  if (includes.length === 0) return html;
  if (partialsDir === undefined) {
    throw new Error('The page includes partials, but no partials folder was given');
  }
  const contents = new Map<string, string>();
  for (const [, , name] of includes) {
    if (name === undefined || contents.has(name)) continue;
    if (!PARTIAL_NAME.test(name)) throw new Error(`Not a partial name: ${name}`);
    try {
      contents.set(name, await readFile(path.join(partialsDir, name), 'utf8'));
    } catch {
      throw new Error(`Included partial not found: ${path.join(partialsDir, name)}`);
    }
  }
  return html.replace(INCLUDE_LINE, (_line, indent: string, name: string) =>
    (contents.get(name) ?? '')
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n'),
  );
}
