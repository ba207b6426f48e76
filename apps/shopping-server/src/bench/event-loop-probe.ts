import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into the server under test (`node --import <this> dist/main.js`): samples the event
 * loop's delay every 10 ms and, on SIGUSR2, writes what it saw since the last signal to the file
 * named by EVENT_LOOP_REPORT_FILE (then starts over). The bench reads a lag figure from inside
 * the server without changing the server's code. Figures in milliseconds.
 */
const reportFile = process.env['EVENT_LOOP_REPORT_FILE'];
if (reportFile) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns: number) => ns / 1e6;
  process.on('SIGUSR2', () => {
    writeFileSync(
      reportFile,
      JSON.stringify({
        p50Ms: ms(histogram.percentile(50)),
        p99Ms: ms(histogram.percentile(99)),
        maxMs: ms(histogram.max),
        samples: histogram.count,
      }),
    );
    histogram.reset();
  });
}
