import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CongoEjson } from './congo-types.js';
import { syncFolder } from './durable-file.js';
import { encodeRecord, type JournalChange, type JournalRecord } from './journal-record.js';
import { segmentFile } from './journal-segments.js';

interface Waiter {
  readonly lsn: number;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Appends changes to the journal. `record()` only queues (it is called in the middle of a
 * command, synchronously after the change); `whenDurable()` writes everything queued in one
 * write and one fdatasync, so commands arriving together share a sync (group commit). Once a
 * write fails the journal stays failed: nothing may be acknowledged after a change that is not
 * on disk.
 */
export class JournalWriter {
  private handle: FileHandle | undefined;
  private queued: string[] = [];
  private lastRecorded: number;
  private durableLsn: number;
  private flushing: Promise<void> | undefined;
  private waiters: Waiter[] = [];
  private failure: Error | undefined;
  /** Bytes written to the current segment: how much a compaction would save. */
  bytesInSegment = 0;

  private constructor(
    private readonly folder: string,
    private readonly ejson: CongoEjson,
    lastLsn: number,
  ) {
    this.lastRecorded = lastLsn;
    this.durableLsn = lastLsn;
  }

  /** Opens a fresh segment after `lastLsn`, the last change already safe on disk. */
  static async open(folder: string, ejson: CongoEjson, lastLsn: number): Promise<JournalWriter> {
    // A folder made now must itself survive a crash, or the files in it are lost with it.
    if ((await mkdir(folder, { recursive: true })) !== undefined) await syncFolder(dirname(folder));
    const writer = new JournalWriter(folder, ejson, lastLsn);
    await writer.startSegment();
    return writer;
  }

  get lastLsn(): number {
    return this.lastRecorded;
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** Queues a change and returns its number. Throws once the journal has failed. */
  record(change: JournalChange): number {
    if (this.failure) throw this.failure;
    const record = { ...change, lsn: this.lastRecorded + 1 } as JournalRecord;
    this.queued.push(encodeRecord(this.ejson, record));
    this.lastRecorded = record.lsn;
    return record.lsn;
  }

  /** Resolves once every change recorded so far is on disk. */
  whenDurable(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const lsn = this.lastRecorded;
    if (lsn <= this.durableLsn) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => {
      this.waiters.push({ lsn, resolve, reject });
    });
    this.flushing ??= this.flushAll();
    return done;
  }

  /** Ends the current segment (everything in it on disk) and starts the next one. */
  async rotate(): Promise<void> {
    await this.whenDurable();
    await this.handle?.close();
    this.handle = undefined;
    await this.startSegment();
  }

  async close(): Promise<void> {
    try {
      await this.whenDurable();
    } finally {
      await this.handle?.close();
      this.handle = undefined;
    }
  }

  private async startSegment(): Promise<void> {
    // A segment of that name can only be empty or hold an unfinished record: recovery counted
    // everything whole before this number.
    this.handle = await open(segmentFile(this.folder, this.lastRecorded + 1), 'w');
    this.bytesInSegment = 0;
    await syncFolder(this.folder);
  }

  private async flushAll(): Promise<void> {
    try {
      while (this.queued.length > 0) {
        const batch = Buffer.from(this.queued.join(''), 'utf8');
        const upTo = this.lastRecorded;
        this.queued = [];
        const handle = this.handle;
        if (!handle) throw new Error('the journal is closed');
        await handle.write(batch);
        await handle.datasync();
        this.bytesInSegment += batch.length;
        this.durableLsn = upTo;
        this.release(
          (waiter) => waiter.lsn <= upTo,
          (waiter) => waiter.resolve(),
        );
      }
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      const failure = this.failure;
      this.release(
        () => true,
        (waiter) => waiter.reject(failure),
      );
    } finally {
      this.flushing = undefined;
    }
  }

  private release(which: (waiter: Waiter) => boolean, settle: (waiter: Waiter) => void): void {
    const settled = this.waiters.filter(which);
    this.waiters = this.waiters.filter((waiter) => !which(waiter));
    for (const waiter of settled) settle(waiter);
  }
}
