/** Thrown by `connect()` when every attempt failed; `cause` is the last driver error. */
export class MongoConnectionError extends Error {
  override readonly name = 'MongoConnectionError';

  constructor(
    readonly redactedUri: string,
    readonly attempts: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Could not connect to MongoDB at ${redactedUri} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`,
      { cause },
    );
  }
}
