import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/** The violations a shopper using assistive technology would be blocked or badly hindered by. */
export type BlockingViolation = Pick<Result, 'id' | 'impact' | 'help'> & { targets: string[] };

/** Runs axe-core (the WCAG 2.x rules and best practices) on the page as it is now. */
export async function blockingViolations(page: Page): Promise<BlockingViolation[]> {
  // Evaluated through the browser's debugging protocol rather than added as an inline <script>,
  // which the storefront's Content-Security-Policy rightly refuses.
  axeSource ??= readFile(axePath, 'utf8');
  await page.evaluate(await axeSource);
  const results = await page.evaluate(() => {
    const { axe } = window as unknown as { axe: { run(): Promise<AxeResults> } };
    return axe.run();
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
}
