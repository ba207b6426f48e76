import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface AssetWeight {
  readonly url: string;
  readonly kind: 'js' | 'css';
  readonly rawBytes: number;
  /** As sent when the server compressed it, else the body gzipped here (level 6, nginx's usual). */
  readonly gzipBytes: number;
}

/**
 * Every script and style sheet a first visit to `url` downloads (cold cache, until the network
 * is idle), with their sizes. The local SPA server sends files uncompressed, so the gzip size is
 * what a compressing ingress would send.
 */
export async function pageWeight(browser: Browser, url: string): Promise<AssetWeight[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const pending: Promise<AssetWeight | undefined>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      pending.push(
        (async () => {
          const body = await response.body().catch(() => undefined);
          if (!body) return undefined;
          const headers = await response.allHeaders();
          const encoded = headers['content-encoding'] === 'gzip';
          const sentLength = Number(headers['content-length'] ?? Number.NaN);
          return {
            url: response.url(),
            kind: type === 'script' ? 'js' : 'css',
            rawBytes: body.length,
            gzipBytes: encoded && sentLength > 0 ? sentLength : gzipSync(body, { level: 6 }).length,
          };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const weights = await Promise.all(pending);
    return weights.filter((weight): weight is AssetWeight => weight !== undefined);
  } finally {
    await context.close();
  }
}

export function totals(weights: readonly AssetWeight[], kind: AssetWeight['kind']) {
  const ofKind = weights.filter((weight) => weight.kind === kind);
  return {
    files: ofKind.length,
    rawBytes: ofKind.reduce((sum, weight) => sum + weight.rawBytes, 0),
    gzipBytes: ofKind.reduce((sum, weight) => sum + weight.gzipBytes, 0),
  };
}
