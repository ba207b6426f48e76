import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
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
): Promise<OutboxEntry> {
  const message: OutboxMessage = {
    id: randomUUID(),
    ...fields,
    createdAt: new Date(nextTimestampMs()).toISOString(),
  };
  const name = fileNameFor(message);
  const file = path.join(outboxDir, name);
  const temporary = path.join(outboxDir, `.${name}.${process.pid}.tmp`);

  await mkdir(outboxDir, { recursive: true });
  try {
    await writeFile(temporary, `${JSON.stringify(message, null, 2)}\n`, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return { message, file };
}
