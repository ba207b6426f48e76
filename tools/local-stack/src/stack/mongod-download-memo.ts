import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How long a failed mongod download keeps later starts from trying again. */
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export interface DownloadFailure {
  readonly file: string;
  readonly at: string;
  readonly reason: string;
  readonly retryAfter: string;
}

/**
 * When the download host resolves but the download itself fails (a proxy, a firewall), it can
 * take many seconds: once failed, the data folder remembers it for a day, so later starts go
 * straight to the embedded engine and say why (and how to try again at once).
 */
export function downloadMemoFile(dataDir: string): string {
  return join(dataDir, 'mongod-download-failed.json');
}

export async function recentDownloadFailure(dataDir: string): Promise<DownloadFailure | undefined> {
  const file = downloadMemoFile(dataDir);
  try {
    const memo = JSON.parse(await readFile(file, 'utf8')) as { at: string; reason: string };
    const retryAt = Date.parse(memo.at) + RETRY_AFTER_MS;
    if (!(retryAt > Date.now())) return undefined;
    return { file, ...memo, retryAfter: new Date(retryAt).toISOString() };
  } catch {
    return undefined;
  }
}

export async function rememberDownloadFailure(dataDir: string, reason: string): Promise<void> {
  const memo = { at: new Date().toISOString(), reason };
  await writeFile(downloadMemoFile(dataDir), `${JSON.stringify(memo, null, 2)}\n`);
}

export async function forgetDownloadFailure(dataDir: string): Promise<void> {
  await rm(downloadMemoFile(dataDir), { force: true });
}
