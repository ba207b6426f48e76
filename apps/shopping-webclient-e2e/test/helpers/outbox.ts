import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The servers' mail outbox, read the way @aneis/mail writes it (one JSON file per message,
 * names sorting by send time, hidden temporaries). Read here rather than imported: an e2e
 * project may only import contracts and utilities, and the file format is the interface.
 */
export interface OutboxMail {
  template: string;
  to: string;
  data: Record<string, unknown>;
}

async function readMails(outboxDir: string): Promise<OutboxMail[]> {
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  return Promise.all(
    files.map(
      async (name) => JSON.parse(await readFile(join(outboxDir, name), 'utf8')) as OutboxMail,
    ),
  );
}

/** The newest mail to `to`, waiting for it to be written (sending happens after the reply). */
export async function waitForMail(
  outboxDir: string,
  to: string,
  timeoutMs = 15_000,
): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await readMails(outboxDir)).filter(
      (m) => m.to.toLowerCase() === to.toLowerCase(),
    );
    const newest = mails.at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${outboxDir}`);
    await delay(200);
  }
}

/** Every http(s) link anywhere in the mail's data. */
export function linksIn(mail: OutboxMail): string[] {
  const found = JSON.stringify(mail.data).match(/https?:\/\/[^\s"'<>\\]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?)\]]+$/, '')))];
}
