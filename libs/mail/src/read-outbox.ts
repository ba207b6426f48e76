import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutboxMessage } from './mail-message.js';

export interface OutboxFilter {
  /** Compared without regard to case, as mail servers do. */
  to?: string;
  template?: string;
}

/**
 * The messages in an outbox, oldest first (newest last), optionally only those to one recipient
 * and/or of one template. A missing outbox is an empty one: nothing has been sent yet.
 */
export async function readOutbox(
  outboxDir: string,
  filter: OutboxFilter = {},
): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = await readdir(outboxDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }

  // Temporary files are hidden (leading dot) and never end in .json; names sort by send time.
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  const messages = await Promise.all(
    files.map(
      async (name) =>
        JSON.parse(await readFile(path.join(outboxDir, name), 'utf8')) as OutboxMessage,
    ),
  );

  const to = filter.to?.toLowerCase();
  return messages.filter(
    (message) =>
      (to === undefined || message.to.toLowerCase() === to) &&
      (filter.template === undefined || message.template === filter.template),
  );
}
