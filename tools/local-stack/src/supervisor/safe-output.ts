import { Writable } from 'node:stream';

/** stdout and stderr that can no longer throw. */
export interface SafeOutput {
  readonly out: Writable;
  readonly err: Writable;
  /** Whether the reader went away (the terminal closed, `| head` exited). */
  closed(): boolean;
}

/**
 * The orchestrator's own output. When its reader goes away, writing to stdout fails with
 * EPIPE (or EIO for a closed terminal), and an 'error' nobody listens to would crash the
 * orchestrator, leaving its children unstopped and the database unsaved. Here such an error
 * only silences the output; whether the stack stops is decided elsewhere (signals, launcher).
 */
export function safeStandardOutput(): SafeOutput {
  let closed = false;
  const guard = (stream: NodeJS.WriteStream): Writable => {
    stream.on('error', () => {
      closed = true;
    });
    return new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        if (!closed && !stream.destroyed) {
          try {
            stream.write(chunk);
          } catch {
            closed = true;
          }
        }
        done();
      },
    });
  };
  return { out: guard(process.stdout), err: guard(process.stderr), closed: () => closed };
}
