import { availableParallelism } from 'node:os';
import { ServiceUnavailable } from '@aneis/errors';
import { Piscina } from 'piscina';

export interface PasswordPoolOptions {
  /** Worker threads hashing at once. Default: the machine's cores (`os.availableParallelism()`). */
  threads?: number;
  /**
   * Hashes that may wait for a free thread. Beyond `threads + maxQueued` hashes in progress, a
   * new one is refused at once (PasswordHashingBusy). Default: 8 per thread.
   */
  maxQueued?: number;
}

export interface PasswordPool {
  hash(plain: string, cost: number): Promise<string>;
  compare(plain: string, hash: string): Promise<boolean>;
  /** Hashes running or waiting for a thread. */
  readonly pending: number;
  /**
   * Throws PasswordHashingBusy now if a hash would be refused: lets a login give up before its
   * database and Redis work, instead of after.
   */
  assertRoom(): void;
  /** Stops the threads; hashes still running are rejected. */
  close(): Promise<void>;
}

export const PASSWORD_HASHING_BUSY_MESSAGE =
  'Too many passwords are being checked right now; please try again in a few seconds.';

/** 503 with Retry-After: the pool is full, so this hash is refused rather than queued. */
export class PasswordHashingBusy extends ServiceUnavailable {
  override name = 'PasswordHashingBusy';
  constructor(retryAfterSeconds: number) {
    super(PASSWORD_HASHING_BUSY_MESSAGE, { code: 'PASSWORD_HASHING_BUSY', retryAfterSeconds });
  }
}

const QUEUED_PER_THREAD = 8;
/** Idle threads end after this long; the next hash starts one again (tens of ms). */
const IDLE_THREAD_MS = 60_000;
// Below the event loop's thread: on a CPU-limited pod the scheduler then serves requests,
// health probes and Redis replies first, and hashes with what is left.
const WORKER_NICE_INCREMENT = 10;
/** Starting point of the per-hash time estimate, before any hash finished (cost 12, one core). */
const FIRST_ESTIMATE_MS = 300;

type Task =
  { kind: 'hash'; plain: string; cost: number } | { kind: 'compare'; plain: string; hash: string };

/**
 * bcrypt off the event loop: bcryptjs runs in worker threads (piscina). A bcrypt hash at cost 12
 * takes about 300 ms of CPU; on the event loop, even bcryptjs' async mode blocks it in slices of
 * up to 100 ms, so ten concurrent logins stalled every other request (and Redis replies, health
 * probes) for a second.
 *
 * The pool holds at most `threads + maxQueued` hashes. One more is refused at once with
 * PasswordHashingBusy (503, Retry-After estimated from the queue and the measured hash time)
 * instead of waiting behind a queue whose end is many seconds away.
 */
export function createPasswordPool(options: PasswordPoolOptions = {}): PasswordPool {
  const threads = options.threads ?? availableParallelism();
  const maxQueued = options.maxQueued ?? QUEUED_PER_THREAD * threads;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`password pool threads must be a whole number ≥ 1, got ${threads}`);
  }
  if (!Number.isInteger(maxQueued) || maxQueued < 0) {
    throw new RangeError(`password pool maxQueued must be a whole number ≥ 0, got ${maxQueued}`);
  }
  const capacity = threads + maxQueued;
  let piscina: Piscina | undefined;
  let pending = 0;

  // Started on first use, so a process that never hashes never starts a thread.
  const pool = () =>
    (piscina ??= new Piscina({
      filename: new URL('./bcrypt-worker.js', import.meta.url).href,
      minThreads: 0,
      maxThreads: threads,
      maxQueue: capacity,
      idleTimeout: IDLE_THREAD_MS,
      niceIncrement: WORKER_NICE_INCREMENT,
    }));

  /** Roughly when the queue ahead will have drained: waiting hashes × time per hash / threads. */
  function drainSeconds(): number {
    const measured = piscina?.histogram.runTime.average;
    const perHashMs = measured !== undefined && measured > 0 ? measured : FIRST_ESTIMATE_MS;
    return ((pending - threads + 1) * perHashMs) / threads / 1000;
  }

  function assertRoom(): void {
    if (pending >= capacity) throw new PasswordHashingBusy(drainSeconds());
  }

  async function run<R>(task: Task): Promise<R> {
    assertRoom();
    pending += 1;
    try {
      return (await pool().run(task)) as R;
    } finally {
      pending -= 1;
    }
  }

  return {
    hash: (plain, cost) => run<string>({ kind: 'hash', plain, cost }),
    compare: (plain, hash) => run<boolean>({ kind: 'compare', plain, hash }),
    get pending() {
      return pending;
    },
    assertRoom,
    async close() {
      const running = piscina;
      piscina = undefined;
      await running?.close({ force: true });
    },
  };
}
