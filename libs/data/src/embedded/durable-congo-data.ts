import { join } from 'node:path';
import { captureChanges } from './congo-changes.js';
import { collectSnapshot, encodeSnapshot, writeSnapshot } from './congo-snapshot.js';
import type { CongoBson, CongoStorage } from './congo-types.js';
import { CommandGate } from './command-gate.js';
import { holdRepliesUntilDurable } from './durable-replies.js';
import { JournalWriter } from './journal-writer.js';
import { removeSegmentsCoveredBy } from './journal-segments.js';
import { recoverCongoData, type DataFiles, type RecoveryReport } from './recover-congo-data.js';

export interface DurabilityOptions {
  /** Compact once the journal has grown this much. Default 8 MiB. */
  readonly compactAfterBytes?: number;
  /** Compact a journal that has anything in it at least this often. Default 60 s. */
  readonly compactIntervalMs?: number;
  /** Told once when the journal cannot be written (the database then refuses every command). */
  readonly onJournalFailure?: (error: Error) => void;
  /** Told when a background compaction fails (the journal still holds everything). */
  readonly onCompactionFailure?: (error: Error) => void;
}

export function dataFilesIn(folder: string): DataFiles {
  return {
    folder,
    snapshot: join(folder, 'congodb.ejson'),
    previousSnapshot: join(folder, 'congodb.previous.ejson'),
  };
}

/**
 * The embedded database's data on disk: a snapshot plus a journal of every change since. A
 * change is journaled as it is applied and the reply waits until it is synced, so whatever a
 * client was told is done survives a SIGKILL of the process at any moment. Compaction (a new
 * snapshot, old journal files deleted) keeps start-up replay short.
 */
export class DurableCongoData {
  private readonly gate = new CommandGate();
  private compacting: Promise<void> = Promise.resolve();
  private lastCompaction = Date.now();
  private snapshotLsn: number;
  private timer: NodeJS.Timeout | undefined;
  private reportedFailure = false;

  private constructor(
    readonly files: DataFiles,
    private readonly storage: CongoStorage,
    private readonly bson: CongoBson,
    private readonly journal: JournalWriter,
    readonly recovery: RecoveryReport,
  ) {
    this.snapshotLsn = recovery.snapshotLsn;
  }

  /** Rebuilds the storage from the folder; run on a fresh storage before the server starts. */
  static recover(folder: string, storage: CongoStorage, bson: CongoBson): Promise<RecoveryReport> {
    return recoverCongoData(dataFilesIn(folder), storage, bson);
  }

  /**
   * From now on every change to `storage` is journaled and every reply of `server` waits for
   * it. Repairs found during recovery are settled first with a compaction.
   */
  static async attach(
    server: object,
    storage: CongoStorage,
    bson: CongoBson,
    recovery: RecoveryReport,
    folder: string,
    options: DurabilityOptions = {},
  ): Promise<DurableCongoData> {
    const files = dataFilesIn(folder);
    const journal = await JournalWriter.open(folder, bson.EJSON, recovery.lastLsn);
    const data = new DurableCongoData(files, storage, bson, journal, recovery);
    captureChanges(storage, (change) => journal.record(change));
    holdRepliesUntilDurable(server, data.gate, journal, (error) =>
      data.journalFailed(error, options),
    );
    if (recovery.replayed > 0 || recovery.notices.length > 0) await data.compact();
    data.startCompactionTimer(options);
    return data;
  }

  /** The last change made (and, once its command replied, on disk). */
  get lastLsn(): number {
    return this.journal.lastLsn;
  }

  /**
   * Writes a snapshot of the current state and drops the journal files it makes unnecessary.
   * Commands wait only while the state is copied, not while it is written.
   */
  compact(): Promise<void> {
    const next = this.compacting.then(() => this.compactNow());
    this.compacting = next.catch(() => undefined);
    return next;
  }

  /** Call after the server stopped: a last compaction, then the journal is closed. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    try {
      if (!this.journal.failed) await this.compact();
    } finally {
      await this.journal.close().catch(() => undefined);
    }
  }

  /** For a server that never started: no compaction, the journal as it is. */
  async abandon(): Promise<void> {
    clearInterval(this.timer);
    await this.journal.close().catch(() => undefined);
  }

  private async compactNow(): Promise<void> {
    if (this.journal.failed) throw this.journal.failed;
    if (this.journal.lastLsn === this.snapshotLsn) return;
    const { text, lsn } = await this.gate.exclusive(async () => {
      await this.journal.rotate();
      const snapshot = await collectSnapshot(this.storage, this.journal.lastLsn);
      return { text: encodeSnapshot(this.bson.EJSON, snapshot), lsn: snapshot.lsn };
    });
    await writeSnapshot(this.files.snapshot, this.files.previousSnapshot, text);
    // The file just replaced is now the previous snapshot: keep what it would need.
    const previousLsn = this.snapshotLsn;
    this.snapshotLsn = lsn;
    this.lastCompaction = Date.now();
    await removeSegmentsCoveredBy(this.files.folder, previousLsn);
  }

  private startCompactionTimer(options: DurabilityOptions): void {
    const afterBytes = options.compactAfterBytes ?? 8 * 1024 * 1024;
    const intervalMs = options.compactIntervalMs ?? 60_000;
    this.timer = setInterval(
      () => {
        const grown = this.journal.bytesInSegment;
        const due =
          grown >= afterBytes || (grown > 0 && Date.now() - this.lastCompaction >= intervalMs);
        if (!due || this.journal.failed) return;
        this.compact().catch((error: unknown) => {
          options.onCompactionFailure?.(error instanceof Error ? error : new Error(String(error)));
        });
      },
      Math.min(5_000, intervalMs),
    );
    this.timer.unref();
  }

  private journalFailed(error: Error, options: DurabilityOptions): void {
    if (this.reportedFailure) return;
    this.reportedFailure = true;
    options.onJournalFailure?.(error);
  }
}
