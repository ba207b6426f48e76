import path from 'node:path';
import { bundleSite, type BundledFile } from './bundle-site.js';

// Run by the project's build:
//   node dist/site-build/bundle-site-cli.js <sourceDir> <outDir> [partialsDir] [dir=sitePath …]
// Each dir=sitePath publishes a folder from elsewhere under that path (the brand's assets).
const [sourceArgument, outArgument, partialsArgument, ...mountArguments] = process.argv.slice(2);
const mounts = mountArguments.map((argument) => {
  const [dir, at] = argument.split('=');
  return dir && at ? { dir: path.resolve(dir), at } : undefined;
});
if (sourceArgument === undefined || outArgument === undefined || mounts.includes(undefined)) {
  console.error('Usage: bundle-site-cli <sourceDir> <outDir> [partialsDir] [dir=sitePath …]');
  process.exit(2);
}

try {
  const outDir = path.resolve(outArgument);
  const files = await bundleSite({
    sourceDir: path.resolve(sourceArgument),
    outDir,
    partialsDir: partialsArgument === undefined ? undefined : path.resolve(partialsArgument),
    mounts: mounts.filter((mount) => mount !== undefined),
  });
  for (const file of files) console.log(describe(file));
  console.log(
    `website: ${files.length} files bundled into ${path.relative(process.cwd(), outDir)}`,
  );
} catch (error) {
  console.error(
    `website: bundling failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}

function describe(file: BundledFile): string {
  const sizes = [
    kilobytes(file.bytes),
    file.gzipBytes === undefined ? undefined : `gzip ${kilobytes(file.gzipBytes)}`,
    file.brotliBytes === undefined ? undefined : `br ${kilobytes(file.brotliBytes)}`,
  ].filter((size) => size !== undefined);
  const name = file.source === file.output ? file.output : `${file.source} → ${file.output}`;
  return `  ${name}  ${sizes.join(', ')}`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
