import { randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutboxMessage } from './mail-message.js';

export interface OutboxEntry {
  message: OutboxMessage;
  file: string;
}

let lastTimestampMs = 0;

/**
 * Milliseconds that never repeat within this process, so two messages sent in the same
 * millisecond still sort in the order they were sent.
 */
function nextTimestampMs(): number {
  lastTimestampMs = Math.max(Date.now(), lastTimestampMs + 1);
  return lastTimestampMs;
}

/**
 * The file name starts with the send time so a plain `ls` lists messages in order. Colons of the
 * ISO time become dashes: they are not allowed in file names everywhere (Windows, some mounts).
 */
function fileNameFor(message: OutboxMessage): string {
  const time = message.createdAt.replaceAll(':', '-');
  const template = message.template.replace(/[^\w.-]/g, '_');
  return `${time}-${template}-${randomBytes(3).toString('hex')}.json`;
}

/**
 * Writes one message as one JSON file. The content goes to a hidden temporary file first and is
 * then renamed into place: a rename within a directory is atomic, so a reader (a test polling
 * for a confirmation mail, a person running `cat`) sees either no file or the whole file.
 */
export async function writeToOutbox(
  outboxDir: string,
  fields: Omit<OutboxMessage, 'id' | 'createdAt'>,
  once?: { key: string; at: Date },
): Promise<OutboxEntry & { repeated?: true }> {
  const message: OutboxMessage = {
    id: once ? once.key : randomUUID(),
    ...fields,
    createdAt: (once ? once.at : new Date(nextTimestampMs())).toISOString(),
  };
  const name = once ? keyedFileNameFor(message, once.key) : fileNameFor(message);
  const file = path.join(outboxDir, name);
  const temporary = path.join(outboxDir, `.${name}.${process.pid}.${randomUUID()}.tmp`);

  await mkdir(outboxDir, { recursive: true });
  try {
    await writeFile(temporary, `${JSON.stringify(message, null, 2)}\n`, { flag: 'wx' });
    if (!once) {
      await rename(temporary, file);
      return { message, file };
    }
    // A keyed message has one name whoever sends it; link() refuses a name that exists (rename
    // would replace it), so of two senders, or a sender and a retry after a crash, one writes.
    try {
      await link(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return { message, file, repeated: true };
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
    return { message, file };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Same time-first shape as `fileNameFor`, but the same on every try: the key ends it. */
function keyedFileNameFor(message: OutboxMessage, key: string): string {
  const time = message.createdAt.replaceAll(':', '-');
  const template = message.template.replace(/[^\w.-]/g, '_');
  return `${time}-${template}-${key.replace(/[^\w-]/g, '_')}.json`;
}
