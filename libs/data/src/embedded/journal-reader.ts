import { readFile } from 'node:fs/promises';
import type { CongoEjson } from './congo-types.js';
import { decodeRecord, type JournalRecord } from './journal-record.js';
import { listSegments, type Segment } from './journal-segments.js';

/** An unfinished last record: the write a crash cut short, which was never acknowledged. */
export interface TornTail {
  readonly file: string;
  /** Length of the whole records before it: the file is cut back to this. */
  readonly keepBytes: number;
  readonly droppedBytes: number;
}

/** A bad record with good ones after it: real damage, not a crash in the middle of a write. */
export interface JournalDamage {
  readonly file: string;
  /** 1-based line of the first bad record. */
  readonly line: number;
  /** Length of the good records before it: the file is cut back to this. */
  readonly keepBytes: number;
  readonly reason: string;
  /** The damaged segment and every later one: they must leave the journal. */
  readonly segments: readonly Segment[];
  /** Readable records after the damage, which cannot be replayed without the missing ones. */
  readonly recordsLost: number;
}

export interface JournalScan {
  /** The readable history, in order and without gaps, up to any damage. */
  readonly records: readonly JournalRecord[];
  readonly tornTail?: TornTail;
  readonly damage?: JournalDamage;
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly complete: boolean;
}

/**
 * Reads the journal in `folder` from the segment holding record `afterLsn + 1` on (older ones
 * are already in the snapshot) and says what can be trusted.
 */
export async function readJournal(
  folder: string,
  ejson: CongoEjson,
  afterLsn: number,
): Promise<JournalScan> {
  const all = await listSegments(folder);
  const firstNeeded = all.findIndex((_, i) => (all[i + 1]?.firstLsn ?? Infinity) > afterLsn + 1);
  const segments = firstNeeded === -1 ? [] : all.slice(firstNeeded);
  const records: JournalRecord[] = [];
  for (const [index, segment] of segments.entries()) {
    const content = await readFile(segment.file);
    const lines = splitLines(content);
    for (const [lineIndex, line] of lines.entries()) {
      const decoded = decodeRecord(ejson, line.text, line.complete);
      const expected = (records.at(-1)?.lsn ?? 0) + 1;
      if (decoded.ok && (records.length === 0 || decoded.record.lsn === expected)) {
        records.push(decoded.record);
        continue;
      }
      const later = lines.slice(lineIndex + 1);
      const isLastSegment = index === segments.length - 1;
      const laterReadable = later.filter((l) => decodeRecord(ejson, l.text, l.complete).ok).length;
      if (!decoded.ok && isLastSegment && laterReadable === 0) {
        return {
          records,
          tornTail: {
            file: segment.file,
            keepBytes: line.start,
            droppedBytes: content.length - line.start,
          },
        };
      }
      const laterSegments = segments.slice(index + 1);
      let recordsLost = laterReadable + (decoded.ok ? 1 : 0);
      for (const s of laterSegments) {
        recordsLost += splitLines(await readFile(s.file)).filter(
          (l) => decodeRecord(ejson, l.text, l.complete).ok,
        ).length;
      }
      return {
        records,
        damage: {
          file: segment.file,
          line: lineIndex + 1,
          keepBytes: line.start,
          reason: decoded.ok ? `record ${expected} is missing before it` : decoded.reason,
          segments: segments.slice(index),
          recordsLost,
        },
      };
    }
  }
  return { records };
}

function splitLines(content: Buffer): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < content.length) {
    const end = content.indexOf(0x0a, start);
    if (end === -1) {
      lines.push({ text: content.subarray(start).toString('utf8'), start, complete: false });
      break;
    }
    lines.push({ text: content.subarray(start, end).toString('utf8'), start, complete: true });
    start = end + 1;
  }
  return lines;
}
