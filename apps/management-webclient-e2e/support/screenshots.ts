import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Numbered full-page screenshots of a journey (`01-superadmin-logs-in.png`, …) in one folder,
 * emptied first so a run never mixes with the pictures of an earlier one.
 */
export class ScreenshotAlbum {
  private taken = 0;

  constructor(readonly dir: string) {}

  async reset(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
  }

  async take(page: Page, name: string): Promise<string> {
    this.taken += 1;
    const file = join(this.dir, `${String(this.taken).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
