import type { Browser } from 'playwright-core';

export interface PaintMeasure {
  /** Milliseconds from navigation start to the largest contentful paint. */
  readonly lcpMs: number;
  /** What was painted: a tag and, for images, the file name. */
  readonly element: string;
}

/**
 * Loads `url` in a fresh context (cold cache, like a first visit), waits until the network is
 * idle, then reads the last largest-contentful-paint entry the browser recorded.
 */
export async function largestContentfulPaint(browser: Browser, url: string): Promise<PaintMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(
      () =>
        new Promise<PaintMeasure>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error('no largest-contentful-paint entry')),
            5_000,
          );
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as
              (PerformanceEntry & { element?: Element | null; url?: string }) | undefined;
            if (!last) return;
            clearTimeout(timer);
            const file = last.url ? ` ${last.url.split('/').at(-1) ?? ''}` : '';
            resolve({
              lcpMs: Math.round(last.startTime),
              element: `${last.element?.tagName.toLowerCase() ?? '?'}${file}`,
            });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
