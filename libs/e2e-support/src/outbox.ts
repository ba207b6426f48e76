import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * One e-mail as the servers' outbox transport stores it (one JSON file each, names sorting by
 * send time, hidden temporaries). Read here rather than imported from @aneis/mail: an e2e
 * project may only import contracts and utilities, and the file format is the interface.
 */
export interface OutboxMail {
  readonly template: string;
  readonly to: string;
  readonly data: Record<string, unknown>;
  readonly createdAt: string;
}

/** The mails in the outbox, oldest first; a missing folder is an empty outbox. */
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
export function linksIn(mail: Pick<OutboxMail, 'data'>): string[] {
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

export interface MailQuery {
  readonly to: string;
  /** Only mails of this template; any template when left out. */
  readonly template?: string;
  readonly timeoutMs?: number;
}

/**
 * The newest mail matching the query, waiting for it: servers send mail after answering, so it
 * may land a moment after the request that caused it.
 */
export async function waitForMail(outboxDir: string, query: MailQuery): Promise<OutboxMail> {
  const deadline = Date.now() + (query.timeoutMs ?? 20_000);
  const to = query.to.toLowerCase();
  for (;;) {
    const all = await readOutbox(outboxDir);
    const newest = all
      .filter(
        (m) => m.to.toLowerCase() === to && (!query.template || m.template === query.template),
      )
      .at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) {
      const seen = all.map((m) => `${m.template} → ${m.to}`).join('; ');
      throw new Error(`no "${query.template ?? 'any'}" mail to ${query.to}; outbox: ${seen}`);
    }
    await delay(200);
  }
}

/** The first link of the newest `template` mail to `to`, waiting until one with a link lands. */
export async function waitForMailLink(
  outboxDir: string,
  to: string,
  template: string,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await waitForMail(outboxDir, {
      to,
      template,
      timeoutMs: Math.max(0, deadline - Date.now()),
    });
    const link = linksIn(mail)[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`the "${template}" mail to ${to} has no link`);
    await delay(200);
  }
}
