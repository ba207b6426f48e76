// @ts-check
// Plain JavaScript, not TypeScript: worker threads load this file by its path, both from src/
// (tests) and from dist/ (the servers), and Node runs neither .ts nor a path it cannot find.
import bcrypt from 'bcryptjs';

/**
 * One task of the password pool (see password-pool.ts), run in a worker thread. The synchronous
 * functions are the fast ones; blocking this thread is what it is for.
 *
 * @param {{ kind: 'hash', plain: string, cost: number } | { kind: 'compare', plain: string, hash: string }} task
 * @returns {{ result: string | boolean, ms: number }} the answer and the wall time it took here,
 *   from which the pool estimates how long a newcomer would wait (a starved thread takes longer).
 */
export default function bcryptTask(task) {
  const started = performance.now();
  const result =
    task.kind === 'hash'
      ? bcrypt.hashSync(task.plain, task.cost)
      : bcrypt.compareSync(task.plain, task.hash);
  return { result, ms: performance.now() - started };
}
