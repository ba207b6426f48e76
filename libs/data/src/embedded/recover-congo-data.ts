import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyChange } from './congo-changes.js';
import { loadSnapshot, readSnapshot, type Snapshot, type SnapshotRead } from './congo-snapshot.js';
import type { CongoBson, CongoStorage } from './congo-types.js';
import { truncateDurably } from './durable-file.js';
import { readJournal, type TornTail } from './journal-reader.js';
import { listSegments, setSegmentsAside } from './journal-segments.js';

export interface DataFiles {
  readonly folder: string;
  readonly snapshot: string;
  readonly previousSnapshot: string;
}

export interface RecoveryReport {
  /** Documents in the storage once recovered. */
  readonly documents: number;
  readonly snapshotLsn: number;
  readonly snapshotSavedAt: string | undefined;
  /** Journal records applied on top of the snapshot. */
  readonly replayed: number;
  /** The last change now in the storage; the journal continues after it. */
  readonly lastLsn: number;
  /** What a person must know: files found damaged, what was used instead, what is lost. */
  readonly notices: readonly string[];
}

/** The data cannot be rebuilt without guessing; starting anyway would show an empty shop. */
export class DamagedDataError extends Error {
  override readonly name = 'DamagedDataError';
}

interface Base {
  readonly snapshot: Snapshot;
  readonly savedAt: string | undefined;
  /** From scratch: only right when the journal holds the whole history, from record 1. */
  readonly fromScratch: boolean;
  /** Set when a snapshot exists but cannot be read: then "nothing" is not an answer. */
  readonly problem?: string;
}

/**
 * Rebuilds the database from the data folder into an empty storage: the newest good snapshot,
 * then every journal record after it. A crash's unfinished last record is cut off (it was
 * never acknowledged); real damage is reported and the state before it is used; when no good
 * state can be found the start is refused rather than serving an empty shop.
 */
export async function recoverCongoData(
  files: DataFiles,
  storage: CongoStorage,
  bson: CongoBson,
): Promise<RecoveryReport> {
  const notices: string[] = [];
  await rm(`${files.snapshot}.partial`, { force: true });
  const current = await readSnapshot(files.snapshot, bson.EJSON);
  const base = chooseBase(
    files,
    current,
    await readSnapshot(files.previousSnapshot, bson.EJSON),
    notices,
  );
  const scan = await readJournal(files.folder, bson.EJSON, base.snapshot.lsn);
  let replay = scan.records.filter((record) => record.lsn > base.snapshot.lsn);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const first = replay[0];
  let journalSetAside = false;
  if (base.problem !== undefined && first === undefined) throw unrecoverable(files, base.problem);
  if (first !== undefined && first.lsn !== base.snapshot.lsn + 1) {
    if (base.fromScratch) throw unrecoverable(files, base.problem ?? 'is missing');
    notices.push(
      `The journal's records ${base.snapshot.lsn + 1} to ${first.lsn - 1} are missing, so the ` +
        `${replay.length} changes after them are NOT restored; the journal files are set aside.`,
    );
    replay = [];
    await setSegmentsAside(await listSegments(files.folder), 0, stamp);
    journalSetAside = true;
  }
  if (current.state === 'damaged') {
    // Out of the way, or the next compaction would keep it as the "previous" snapshot.
    await rename(files.snapshot, `${files.snapshot}.damaged-${stamp}`);
    notices.push(`The damaged snapshot is kept as ${basename(files.snapshot)}.damaged-${stamp}.`);
  }
  await loadSnapshot(storage, base.snapshot);
  for (const record of replay) await applyChange(storage, bson, record);
  if (scan.tornTail && !journalSetAside) notices.push(await cutTornTail(scan.tornTail));
  if (scan.damage && !journalSetAside) {
    await setSegmentsAside(scan.damage.segments, scan.damage.keepBytes, stamp);
    notices.push(
      `The journal file ${basename(scan.damage.file)} is damaged at line ${scan.damage.line} ` +
        `(${scan.damage.reason}): the shop is restored as it was before that record, and the ` +
        `${scan.damage.recordsLost} later changes are NOT restored. The damaged files are kept ` +
        `next to the journal, their names ending in ".damaged-${stamp}".`,
    );
  }
  return {
    documents: await countDocuments(storage),
    snapshotLsn: base.snapshot.lsn,
    snapshotSavedAt: base.savedAt,
    replayed: replay.length,
    lastLsn: Math.max(base.snapshot.lsn, replay.at(-1)?.lsn ?? 0),
    notices,
  };
}

function chooseBase(
  files: DataFiles,
  current: SnapshotRead,
  previous: SnapshotRead,
  notices: string[],
): Base {
  if (current.state === 'ok') {
    return { snapshot: current.snapshot, savedAt: current.savedAt, fromScratch: false };
  }
  const problem = current.state === 'damaged' ? `is damaged (${current.reason})` : 'is missing';
  if (previous.state === 'ok') {
    notices.push(
      `The snapshot ${basename(files.snapshot)} ${problem}; the previous one, ` +
        `${basename(files.previousSnapshot)}, and the journal after it are used instead.`,
    );
    return { snapshot: previous.snapshot, savedAt: previous.savedAt, fromScratch: false };
  }
  const empty = { snapshot: { lsn: 0, databases: {} }, savedAt: undefined, fromScratch: true };
  if (current.state === 'missing' && previous.state === 'missing') return empty;
  // Only a journal that starts at record 1 can stand in for the snapshots; checked by the caller.
  notices.push(
    `The snapshot ${basename(files.snapshot)} ${problem} and has no good previous copy; ` +
      'the shop is rebuilt from the journal alone.',
  );
  return { ...empty, problem };
}

function unrecoverable(files: DataFiles, problem: string): DamagedDataError {
  return new DamagedDataError(
    `The embedded database in ${files.folder} cannot be restored: its snapshot ` +
      `${basename(files.snapshot)} ${problem} and no older good copy covers the ` +
      'journal. Refusing to start with an empty shop. Restore a backup ' +
      '(npm run restore -- <file>), or move the folder away to start afresh with the demo data.',
  );
}

async function cutTornTail(tail: TornTail): Promise<string> {
  await truncateDurably(tail.file, tail.keepBytes);
  return (
    `The last journal record (${tail.droppedBytes} bytes in ${basename(tail.file)}) was ` +
    'unfinished, a write cut off by a crash before it was acknowledged; it was dropped.'
  );
}

async function countDocuments(storage: CongoStorage): Promise<number> {
  let documents = 0;
  for (const db of await storage.listDatabases()) {
    for (const coll of await storage.listCollections(db))
      documents += await storage.count(db, coll);
  }
  return documents;
}
