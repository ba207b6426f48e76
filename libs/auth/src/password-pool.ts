import { availableParallelism } from 'node:os';
import { TooManyRequests } from '@aneis/errors';
import { Piscina } from 'piscina';

export interface PasswordPoolOptions {
  /** Worker threads hashing at once. Default: the machine's cores (`os.availableParallelism()`). */
  threads?: number;
  /**
   * Hashes that may wait for a free thread. Beyond `threads + maxQueued` hashes in progress, a
   * new one is refused at once (PasswordHashingBusy). Default: 8 per thread.
   */
  maxQueued?: number;
  /**
   * A hash whose estimated wait for a thread is longer than this is refused at once, however
   * short the queue: on a starved machine a few queued hashes can mean seconds, and a login that
   * answers after the client or the edge gave up is work thrown away. Default: 3000 ms.
   */
  maxWaitMs?: number;
  /**
   * Time per hash assumed until the first one has finished. Default: 300 ms (cost 12 on one
   * free core). The first measured hash replaces it outright: servers make one at start (the
   * credential checker's stand-in), so a slow or busy machine is known before the first login.
   */
  firstEstimateMs?: number;
}

/**
 * A place in the pool taken before a login's database and Redis work, so that in a burst the
 * hundreds of logins that arrive together are counted from their first step, not only once they
 * reach their hash (by then every one of them would have passed the check and done that work).
 */
export interface PasswordAdmission {
  /** Gives the place back unused (the login ended before its hash); safe to call more than once. */
  release(): void;
}

export interface PasswordPool {
  /** With an admission from `admit()`, the hash takes that place instead of asking for one. */
  hash(plain: string, cost: number, admission?: PasswordAdmission): Promise<string>;
  compare(plain: string, hash: string, admission?: PasswordAdmission): Promise<boolean>;
  /** Hashes running or waiting for a thread. */
  readonly pending: number;
  /** How long a hash started now would wait for a thread, estimated from recent hashes. */
  estimatedWaitMs(): number;
  /**
   * Throws PasswordHashingBusy now if a hash would be refused: lets a login give up before its
   * database and Redis work, instead of after.
   */
  assertRoom(): void;
  /**
   * Takes a place now, or throws PasswordHashingBusy: the place counts as a hash in progress
   * until the hash that uses it finishes or it is released.
   */
  admit(): PasswordAdmission;
  /** Stops the threads; hashes still running are rejected. */
  close(): Promise<void>;
}

export const PASSWORD_HASHING_BUSY_MESSAGE =
  'Too many passwords are being checked right now; please try again in a few seconds.';

/**
 * 429 with Retry-After: the pool is full, so this hash is refused rather than queued. Not 503:
 * the instance is healthy and keeps serving everything else; 503 stays the sign of a dependency
 * down (Redis, the database), so an operator's 5xx alert means something broke, not that a sale
 * brought more logins than the cores can hash; and clients and proxies that resend 503s on their
 * own do not resend a 429, so a refused sign-up is never repeated behind the shopper's back.
 */
export class PasswordHashingBusy extends TooManyRequests {
  override name = 'PasswordHashingBusy';
  constructor(retryAfterSeconds: number) {
    super(PASSWORD_HASHING_BUSY_MESSAGE, { code: 'PASSWORD_HASHING_BUSY', retryAfterSeconds });
  }
}

const QUEUED_PER_THREAD = 8;
const DEFAULT_MAX_WAIT_MS = 3_000;
/** Weight of the latest hash in the running estimate: follows a machine getting busy in ~5 hashes. */
const ESTIMATE_WEIGHT = 0.2;
/** Idle threads end after this long; the next hash starts one again (tens of ms). */
const IDLE_THREAD_MS = 60_000;
// Below the event loop's thread: on a CPU-limited pod the scheduler then serves requests,
// health probes and Redis replies first, and hashes with what is left.
const WORKER_NICE_INCREMENT = 10;
/** The per-hash time assumed before any hash finished (cost 12, one free core). */
const FIRST_ESTIMATE_MS = 300;

interface Done<R> {
  result: R;
  /** Wall time the hash took in its thread, starved time included. */
  ms: number;
}

type Task =
  { kind: 'hash'; plain: string; cost: number } | { kind: 'compare'; plain: string; hash: string };

/**
 * bcrypt off the event loop: bcryptjs runs in worker threads (piscina). A bcrypt hash at cost 12
 * takes about 300 ms of CPU; on the event loop, even bcryptjs' async mode blocks it in slices of
 * up to 100 ms, so ten concurrent logins stalled every other request (and Redis replies, health
 * probes) for a second.
 *
 * The pool holds at most `threads + maxQueued` hashes, and takes a new one only if its estimated
 * wait (queue ahead × recent time per hash ÷ threads) is within `maxWaitMs`. Otherwise it is
 * refused at once with PasswordHashingBusy (429, Retry-After: when the queue will have drained)
 * instead of waiting behind a queue whose end is further away than the client will wait.
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
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  if (!(maxWaitMs >= 0)) {
    throw new RangeError(`password pool maxWaitMs must be ≥ 0, got ${maxWaitMs}`);
  }
  const capacity = threads + maxQueued;
  let piscina: Piscina | undefined;
  let pending = 0;
  // Recent wall time per hash, not piscina's all-time average: a machine that just got busy
  // (other processes, a CPU-limited pod, the workers' lower priority) must show at once.
  let perHashMs = options.firstEstimateMs ?? FIRST_ESTIMATE_MS;
  let measured = false;

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

  /** A newcomer starts when `pending - threads + 1` hashes ahead of it have finished. */
  function estimatedWaitMs(): number {
    return (Math.max(0, pending - threads + 1) * perHashMs) / threads;
  }

  function assertRoom(): void {
    if (pending >= capacity || estimatedWaitMs() > maxWaitMs) {
      // By then every hash now in the pool has finished, the refused one's turn included.
      throw new PasswordHashingBusy(((pending + 1) * perHashMs) / threads / 1000);
    }
  }

  const issued = new WeakSet<PasswordAdmission>();
  function admit(): PasswordAdmission {
    assertRoom();
    pending += 1;
    let held = true;
    const admission = {
      release() {
        if (!held) return;
        held = false;
        pending -= 1;
      },
    };
    issued.add(admission);
    return admission;
  }

  async function run<R>(task: Task, admission?: PasswordAdmission): Promise<R> {
    // An admission is used once: the next hash with it (a retry, a bug) asks for its own place.
    const place = admission && issued.delete(admission) ? admission : admit();
    try {
      const done = (await pool().run(task)) as Done<R>;
      perHashMs = measured ? perHashMs + ESTIMATE_WEIGHT * (done.ms - perHashMs) : done.ms;
      measured = true;
      return done.result;
    } finally {
      place.release();
    }
  }

  return {
    hash: (plain, cost, admission) => run<string>({ kind: 'hash', plain, cost }, admission),
    compare: (plain, hash, admission) => run<boolean>({ kind: 'compare', plain, hash }, admission),
    get pending() {
      return pending;
    },
    estimatedWaitMs,
    assertRoom,
    admit,
    async close() {
      const running = piscina;
      piscina = undefined;
      await running?.close({ force: true });
    },
  };
}
