import type { RunningStack } from './start-stack.js';
import type { StackSettings } from './stack-settings.js';

/** The closing block of `npm start`: where to point a browser, and where things are kept. */
export function summaryLines(
  stack: RunningStack,
  settings: StackSettings,
  readyMs: number,
): string[] {
  const { urls } = stack;
  const lines = [
    '',
    `A Senhora dos Anéis is running (ready in ${(readyMs / 1000).toFixed(1)} s):`,
    `  website              ${urls.website}`,
    `  storefront           ${urls.storefront}`,
    `  admin                ${urls.admin}`,
    `  shopping API         ${urls.shoppingApi}`,
    `  management API       ${urls.managementApi}`,
    `  mail viewer          ${urls.mailViewer}  (what the shop has sent)`,
    '',
    `  server instances     ${stack.replicas} of each (--replicas N to change)`,
    ...stack.database.summary.map((line, i) => `  ${i === 0 ? 'database' : ''}`.padEnd(23) + line),
    `  Redis                ${stack.redis ? settings.redisUrl : 'in-process, memory:// (see the notice above)'}`,
    `  data folder          ${settings.dataDir}  (npm run reset-data empties it)`,
    `  mail outbox          ${settings.mailOutboxDir}`,
  ];
  if (stack.seed.catalogue === 'pending') {
    lines.push('  demo catalogue       pending: its seed script is not built yet');
  }
  if (stack.unbuilt.length > 0) {
    lines.push(`  NOT RUNNING          ${stack.unbuilt.join(', ')} (not built)`);
  }
  lines.push('', '*.localhost names resolve to this machine in browsers; for curl add e.g.');
  lines.push(
    `  curl -H 'Host: ${new URL(urls.shoppingApi).host}' http://127.0.0.1:${stack.edgePort}/healthz`,
  );
  lines.push('', 'Press Ctrl-C to stop everything.');
  return lines;
}
