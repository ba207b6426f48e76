import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isCompressible } from '../files/content-types.js';
import { contentHash, hashedFileName } from '../files/hashed-names.js';
import { listFiles } from '../files/list-files.js';
import {
  rewriteCssReferences,
  rewriteHtmlReferences,
  type RewriteResult,
} from './asset-references.js';
import { expandIncludes } from './html-includes.js';
import { precompress } from './precompress.js';

export interface BundleSiteOptions {
  /** The hand-written site (`public/`). */
  sourceDir: string;
  /** Emptied, then filled with the servable site (`dist/public/`). */
  outDir: string;
  /** Where `<!-- include: name.html -->` lines in pages find their content. */
  partialsDir?: string;
  /**
   * Folders from elsewhere published as if they were part of the site, each under a path of
   * its own (the brand's stylesheets and logo under `assets/brand/`).
   */
  mounts?: readonly SiteMount[];
}

export interface SiteMount {
  dir: string;
  /** Site path the folder's files appear under, e.g. `assets/brand`. */
  at: string;
}

export interface BundledFile {
  source: string;
  output: string;
  bytes: number;
  gzipBytes: number | undefined;
  brotliBytes: number | undefined;
}

interface OutputFile {
  source: string;
  output: string;
  content: Buffer;
}

/**
 * Copies the site with fingerprinted asset names and precompressed siblings. Pages keep their
 * names (they are the entry points); everything else is renamed after its content, so it can
 * be cached forever. Stylesheets are rewritten before they are hashed, so a changed image also
 * changes the name of the stylesheet that uses it. (A stylesheet importing another stylesheet
 * is not supported: it would be reported as a missing reference.)
 */
export async function bundleSite(options: BundleSiteOptions): Promise<BundledFile[]> {
  const origins = new Map<string, string>();
  for (const file of await listFiles(options.sourceDir)) {
    origins.set(file, path.join(options.sourceDir, file));
  }
  for (const mount of options.mounts ?? []) {
    const at = mount.at.replace(/^\/+|\/+$/g, '');
    for (const file of await listFiles(mount.dir)) {
      if (origins.has(`${at}/${file}`)) throw new Error(`${at}/${file} exists twice`);
      origins.set(`${at}/${file}`, path.join(mount.dir, file));
    }
  }
  const sources = [...origins.keys()].sort();
  if (!sources.includes('index.html')) {
    throw new Error(`No index.html in ${options.sourceDir}`);
  }
  const read = (file: string) => readFile(origins.get(file) ?? path.join(options.sourceDir, file));
  const pages = sources.filter((file) => extensionOf(file) === '.html');
  const stylesheets = sources.filter((file) => extensionOf(file) === '.css');
  const leaves = sources.filter((file) => !pages.includes(file) && !stylesheets.includes(file));

  const renames = new Map<string, string>();
  const outputs: OutputFile[] = [];
  const missing: string[] = [];
  const addHashed = (source: string, content: Buffer) => {
    const output = hashedFileName(source, contentHash(content));
    renames.set(source, output);
    outputs.push({ source, output, content });
  };
  const rewritten = (source: string, result: RewriteResult) => {
    missing.push(...result.missing.map((reference) => `${source}: ${reference}`));
    return Buffer.from(result.text, 'utf8');
  };

  for (const source of leaves) addHashed(source, await read(source));
  for (const source of stylesheets) {
    const css = (await read(source)).toString('utf8');
    addHashed(source, rewritten(source, rewriteCssReferences(css, source, renames)));
  }
  for (const source of pages) {
    const page = (await read(source)).toString('utf8');
    const html = await expandIncludes(page, options.partialsDir);
    const content = rewritten(source, rewriteHtmlReferences(html, source, renames));
    outputs.push({ source, output: source, content });
  }
  if (missing.length > 0) {
    throw new Error(`References to files that do not exist:\n  ${missing.join('\n  ')}`);
  }

  await rm(options.outDir, { recursive: true, force: true });
  const bundled: BundledFile[] = [];
  for (const file of outputs) bundled.push(await writeOutput(options.outDir, file));
  return bundled;
}

async function writeOutput(outDir: string, file: OutputFile): Promise<BundledFile> {
  const target = path.join(outDir, ...file.output.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.content);
  const { gzip, br } = isCompressible(file.output)
    ? precompress(file.content)
    : { gzip: undefined, br: undefined };
  if (gzip) await writeFile(`${target}.gz`, gzip);
  if (br) await writeFile(`${target}.br`, br);
  return {
    source: file.source,
    output: file.output,
    bytes: file.content.length,
    gzipBytes: gzip?.length,
    brotliBytes: br?.length,
  };
}

function extensionOf(file: string): string {
  return path.posix.extname(file).toLowerCase();
}
