import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { truncateDurably } from './durable-file.js';

/**
 * The journal is a series of files ("segments"), each named by the number of its first record.
 * A new one starts at every compaction, so a segment whose records a snapshot already holds can
 * be deleted whole, and nothing is ever rewritten in place.
 */
export interface Segment {
  readonly file: string;
  readonly firstLsn: number;
}

const segmentPattern = /^journal-(\d{12})\.log$/;

export function segmentFile(folder: string, firstLsn: number): string {
  return join(folder, `journal-${String(firstLsn).padStart(12, '0')}.log`);
}

/** The segments in the folder, oldest first. */
export async function listSegments(folder: string): Promise<Segment[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const match = segmentPattern.exec(name);
      return match ? [{ file: join(folder, name), firstLsn: Number(match[1]) }] : [];
    })
    .sort((a, b) => a.firstLsn - b.firstLsn);
}

/**
 * Deletes the segments every one of whose records is at or below `lsn` (a segment ends where
 * the next begins; the newest is never deleted). Returns how many went.
 */
export async function removeSegmentsCoveredBy(folder: string, lsn: number): Promise<number> {
  const segments = await listSegments(folder);
  let removed = 0;
  for (let index = 0; index + 1 < segments.length; index += 1) {
    const next = segments[index + 1];
    const segment = segments[index];
    if (next === undefined || segment === undefined || next.firstLsn - 1 > lsn) break;
    await rm(segment.file, { force: true });
    removed += 1;
  }
  return removed;
}

/**
 * Takes damaged segments out of the journal, keeping a copy of each for inspection: the first
 * is cut back to its good records (`keepBytes`), the later ones are removed. Copies first, so a
 * crash half-way leaves the journal as it was, to be dealt with again at the next start.
 */
export async function setSegmentsAside(
  segments: readonly Segment[],
  keepBytes: number,
  stamp: string,
): Promise<void> {
  for (const { file } of segments) await copyFile(file, `${file}.damaged-${stamp}`);
  const [first, ...later] = segments;
  if (first !== undefined) await truncateDurably(first.file, keepBytes);
  for (const { file } of later) await rm(file, { force: true });
}
