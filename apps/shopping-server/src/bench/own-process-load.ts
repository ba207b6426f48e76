import { forkReporting } from './child-process.js';
import type { LoadOptions, LoadResult } from './run-load.js';

/** One autocannon run in a fresh process of its own (see load-process.ts for why). */
export async function loadFromOwnProcess(
  options: LoadOptions,
  logFile: string,
): Promise<LoadResult> {
  const { child, ready } = await forkReporting<LoadResult>(
    new URL('./load-process.js', import.meta.url),
    [JSON.stringify(options)],
    { env: { PATH: process.env['PATH'] ?? '' }, logFile },
  );
  await child.stop();
  return ready;
}
