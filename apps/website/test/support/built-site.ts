import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundleSite, type BundledFile } from '../../src/site-build/bundle-site.js';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
/** The brand's stylesheets and logo, published under /assets/brand/ as the build does. */
export const brandMount = {
  dir: path.resolve(projectRoot, '../../libs/brand/assets'),
  at: 'assets/brand',
};

export interface BuiltSite {
  /** A scratch folder; the site is in `publicDir` inside it, so files can sit beside it. */
  workDir: string;
  publicDir: string;
  files: BundledFile[];
  remove(): Promise<void>;
}

/** Bundles the real site into a fresh temporary folder, as the build does into dist/public. */
export async function buildRealSite(): Promise<BuiltSite> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'website-test-'));
  const publicDir = path.join(workDir, 'public');
  const files = await bundleSite({
    sourceDir: path.join(projectRoot, 'public'),
    outDir: publicDir,
    partialsDir: path.join(projectRoot, 'partials'),
    mounts: [brandMount],
  });
  return {
    workDir,
    publicDir,
    files,
    remove: () => rm(workDir, { recursive: true, force: true }),
  };
}
