import { crc32 } from 'node:zlib';
import type { CongoEjson, CongoObjectId, IndexSpec, StoredDocument } from './congo-types.js';

/**
 * One change to the embedded database, as it was applied: whole documents after the change
 * (never the command that produced them), so replaying a record always gives the same result,
 * however many times and whatever the command's own randomness (generated ids, `$currentDate`).
 */
export type JournalChange =
  | { op: 'put'; db: string; coll: string; id: CongoObjectId; doc: StoredDocument }
  | { op: 'delete'; db: string; coll: string; id: CongoObjectId }
  | { op: 'createCollection'; db: string; coll: string }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'renameCollection'; db: string; from: string; to: string }
  | { op: 'saveIndex'; db: string; coll: string; name: string; spec: IndexSpec }
  | { op: 'dropIndex'; db: string; coll: string; name: string };

/** `lsn`: the change's place in the history, counted from 1 for the data folder's life. */
export type JournalRecord = JournalChange & { lsn: number };

export type DecodedLine =
  | { ok: true; record: JournalRecord }
  | { ok: false; reason: 'no end of line' | 'checksum mismatch' | 'unreadable' };

/**
 * A record is one line, `<crc32 of the text, 8 hex digits> <Extended JSON>\n`. The checksum and
 * the closing newline tell a whole record from one cut short by a crash or damaged on disk.
 */
export function encodeRecord(ejson: CongoEjson, record: JournalRecord): string {
  const text = ejson.stringify(record);
  return `${checksumOf(text)} ${text}\n`;
}

/** Decodes one line, without its newline; `complete` says whether the newline was there. */
export function decodeRecord(ejson: CongoEjson, line: string, complete: boolean): DecodedLine {
  if (!complete) return { ok: false, reason: 'no end of line' };
  const space = line.indexOf(' ');
  const text = line.slice(space + 1);
  if (space !== 8 || line.slice(0, 8) !== checksumOf(text)) {
    return { ok: false, reason: 'checksum mismatch' };
  }
  try {
    const record = ejson.parse(text) as JournalRecord;
    if (typeof record.lsn !== 'number' || typeof record.op !== 'string') {
      return { ok: false, reason: 'unreadable' };
    }
    return { ok: true, record };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

export function checksumOf(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
