import type { ProcessUsage } from './process-usage.js';
import type { ErrorKind, RouteFigures } from './route-stats.js';

export interface BusyDayReport {
  /** From the start until the last answer came (requests still open at the end finish). */
  readonly seconds: number;
  /** How long shoppers kept starting requests. */
  readonly daySeconds: number;
  readonly routes: readonly RouteFigures[];
  readonly errors: readonly ErrorKind[];
  /** Refusals (429, 503 with Retry-After) the shoppers waited out and sent again. */
  readonly waitedOut: readonly { kind: string; count: number }[];
  readonly orders: number;
  readonly popular: {
    readonly name: string;
    readonly stock: number;
    readonly soldOutAfterS?: number;
  };
  readonly processes: readonly ProcessUsage[];
  /** The server's own error log lines, grouped by message. */
  readonly serverErrors: readonly { message: string; count: number }[];
  readonly loadAverage: { readonly before: number; readonly after: number };
}

const ms = (value: number) => `${Math.round(value)} ms`.padStart(9);
const mib = (kib: number | undefined) =>
  kib === undefined ? '     gone' : `${(kib / 1024).toFixed(1)} MiB`.padStart(10);

/** The figures, as lines to print. Nothing is judged: targets are stated beside the figures. */
export function reportLines(report: BusyDayReport): string[] {
  const total = (key: 'ok' | 'sold-out' | 'rate-limited' | 'error') =>
    report.routes.reduce((sum, route) => sum + route.outcomes[key], 0);
  const requests = report.routes.reduce((sum, route) => sum + route.count, 0);
  const lines = [
    '',
    `busy day: ${requests} requests in a ${report.daySeconds} s day (purchases under way finish after it), last answer after ` +
      `${report.seconds.toFixed(1)} s (${(requests / report.seconds).toFixed(1)} req/s over that)`,
    `  answered 2xx ${total('ok')}, sold out (409 OUT_OF_STOCK) ${total('sold-out')}, ` +
      `rate-limited (429) ${total('rate-limited')}`,
    `  errors other than sold-out or 429: ${total('error')} (target 0)`,
    `  orders placed: ${report.orders} (${(report.orders / report.seconds).toFixed(2)} orders/s)`,
    `  "${report.popular.name}" (stock ${report.popular.stock}): ` +
      (report.popular.soldOutAfterS === undefined
        ? 'never reported sold out'
        : `first sold-out answer after ${report.popular.soldOutAfterS.toFixed(1)} s`),
    '',
    `${'route'.padEnd(44)} ${'count'.padStart(6)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'2xx'.padStart(6)} ${'sold'.padStart(5)} ${'429'.padStart(5)} ${'errors'.padStart(6)}`,
  ];
  for (const route of report.routes) {
    lines.push(
      `${route.route.padEnd(44)} ${String(route.count).padStart(6)} ${ms(route.p50Ms)} ${ms(route.p99Ms)} ` +
        `${String(route.outcomes.ok).padStart(6)} ${String(route.outcomes['sold-out']).padStart(5)} ` +
        `${String(route.outcomes['rate-limited']).padStart(5)} ${String(route.outcomes.error).padStart(6)}`,
    );
  }
  if (report.waitedOut.length > 0) {
    lines.push('', 'refusals with Retry-After that shoppers waited out and sent again:');
    for (const { kind, count } of report.waitedOut) {
      lines.push(`  ${String(count).padStart(5)} × ${kind}`);
    }
  }
  if (report.errors.length > 0) {
    lines.push('', 'errors by kind (status 0: no answer from the edge at all):');
    for (const error of report.errors.slice(0, 20)) {
      lines.push(
        `  ${String(error.count).padStart(5)} × ${error.status} ${error.route}: ${error.detail}`,
      );
    }
  }
  if (report.serverErrors.length > 0) {
    lines.push('', 'error lines the processes logged:');
    for (const { message, count } of report.serverErrors.slice(0, 15)) {
      lines.push(`  ${String(count).padStart(5)} × ${message}`);
    }
  }
  lines.push(
    '',
    `${'process'.padEnd(30)} ${'pid'.padEnd(8)} ${'peak RSS'.padStart(10)} ${'RSS at end'.padStart(10)} ${'CPU'.padStart(16)}`,
  );
  for (const process of report.processes) {
    const cpu =
      process.cpuSeconds === undefined
        ? '?'
        : `${process.cpuSeconds.toFixed(1)} s (${Math.round((process.cpuSeconds / report.seconds) * 100)} %)`;
    lines.push(
      `  ${process.name.padEnd(28)} ${String(process.pid).padEnd(8)} ${mib(process.peakKiB)} ${mib(process.endKiB)} ${cpu.padStart(16)}`,
    );
  }
  lines.push(
    '  (local-stack holds the edge router, the static webclient servers and the embedded database)',
    '',
    `load average (1 min) before ${report.loadAverage.before.toFixed(2)}, after ${report.loadAverage.after.toFixed(2)}: ` +
      'the crowd runs on the same machine as the shop, and so does anything else running there.',
  );
  return lines;
}

/** Error-level JSON log lines in the stack's output, grouped by their message. */
export function serverErrorsIn(output: string): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const line of output.split('\n')) {
    const json = line.slice(line.indexOf('{'));
    if (!json.includes('"level":"error"')) continue;
    try {
      const entry = JSON.parse(json) as { message?: unknown; error?: unknown; service?: unknown };
      const message = `${String(entry.service ?? '?')}: ${String(entry.message ?? '')}${
        entry.error === undefined ? '' : ` (${JSON.stringify(entry.error).slice(0, 100)})`
      }`;
      counts.set(message, (counts.get(message) ?? 0) + 1);
    } catch {
      // Not a JSON log line after all.
    }
  }
  return [...counts]
    .map(([message, count]) => ({ message, count }))
    .sort((a, b) => b.count - a.count);
}
