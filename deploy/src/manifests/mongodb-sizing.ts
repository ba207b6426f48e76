/**
 * What a MongoDB member keeps on its volume, in MiB; the volume (topology) is sized to hold it
 * with room for the filesystem. The oplog is set explicitly: left to mongod it takes 5 % of the
 * disk but never less than 990 MB, which alone was half of the old 2 Gi volume. 990 MB is also
 * the least replSetResizeOplog accepts, and what members created with the default already have,
 * so nothing needs resizing; it holds days of this shop's writes, for a member that was down
 * to catch up without a full resync.
 */
export const mongoDiskBudgetMiB = {
  oplog: 990,
  /** WiredTiger's journal: up to three preallocated 100 MB files. */
  journal: 300,
  /** diagnostic.data, capped by diagnosticDataCollectionDirectorySizeMB. */
  diagnostics: 64,
  /** The shop's collections and indexes. */
  data: 1536,
} as const;

/** mongod's flags that hold it to the budget. */
export function mongodSizingArgs(): string[] {
  return [
    '--oplogSize',
    String(mongoDiskBudgetMiB.oplog),
    '--setParameter',
    `diagnosticDataCollectionDirectorySizeMB=${mongoDiskBudgetMiB.diagnostics}`,
  ];
}
