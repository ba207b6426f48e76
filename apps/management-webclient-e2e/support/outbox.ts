import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** One e-mail as the servers' outbox transport stores it (one JSON file each). */
export interface OutboxMail {
  readonly template: string;
  readonly to: string;
  readonly data: Record<string, unknown>;
  readonly createdAt: string;
}

/** The mails in the outbox, oldest first; the file names start with the send time. */
export async function readOutbox(outboxDir: string): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = await readdir(outboxDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  return Promise.all(
    files.map(
      async (name) => JSON.parse(await readFile(join(outboxDir, name), 'utf8')) as OutboxMail,
    ),
  );
}

/** The http(s) links anywhere in a mail's data, in order, without the sentence's punctuation. */
export function linksIn(mail: OutboxMail): string[] {
  const links = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
        links.add(match[0].replace(/[.,;:!?)\]]+$/, ''));
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(mail.data);
  return [...links];
}

/**
 * Waits for the newest mail of `template` to `to` and returns its first link: servers send
 * mail after answering, so it may land a moment after the request that caused it.
 */
export async function waitForMailLink(
  outboxDir: string,
  to: string,
  template: string,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await readOutbox(outboxDir)).filter(
      (mail) => mail.template === template && mail.to.toLowerCase() === to.toLowerCase(),
    );
    const newest = mails.at(-1);
    const link = newest ? linksIn(newest)[0] : undefined;
    if (link) return link;
    if (Date.now() > deadline) {
      const seen = (await readOutbox(outboxDir)).map((m) => `${m.template} → ${m.to}`);
      throw new Error(`no "${template}" mail with a link to ${to}; outbox: ${seen.join('; ')}`);
    }
    await delay(200);
  }
}
