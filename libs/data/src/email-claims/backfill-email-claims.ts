import { randomUUID } from 'node:crypto';
import type { Model, Types } from 'mongoose';
import type { MongoLogger } from '../connection/mongo-logger.js';
import type { EmailClaimDoc, EmailClaimKind } from '../models/email-claim.js';
import { emailClaimId, normaliseEmail } from './email-claim-id.js';
import { isDuplicateKeyError } from './duplicate-key-error.js';

export interface EmailClaimBackfillReport {
  kind: EmailClaimKind;
  /** Accounts read. */
  accounts: number;
  /** Claims written now (0 on every start after the first). */
  created: number;
  /**
   * Accounts sharing their address with an older account (made before claims existed, on an
   * engine that let the duplicate in). Left as they are: login finds one of them.
   */
  duplicateAccountIds: string[];
}

interface AccountRow {
  _id: Types.ObjectId;
  email: string;
}

const BATCH = 500;

/**
 * Gives every existing account of `kind` its e-mail claim, so databases from before claims (old
 * shops, the demo seed) are covered. Idempotent and safe on several replicas at once: a claim
 * that exists is left alone, and one another process wrote first is simply skipped.
 */
export async function backfillEmailClaims<T extends { email: string }>(
  claims: Model<EmailClaimDoc>,
  kind: EmailClaimKind,
  accounts: Model<T>,
  options: { logger?: MongoLogger; now?: () => Date } = {},
): Promise<EmailClaimBackfillReport> {
  const now = options.now ?? (() => new Date());
  const report: EmailClaimBackfillReport = {
    kind,
    accounts: 0,
    created: 0,
    duplicateAccountIds: [],
  };
  let batch: AccountRow[] = [];
  // Oldest first, so the account that keeps a shared address is the one that had it first.
  const cursor = accounts
    .find({}, { email: 1 })
    .sort({ _id: 1 })
    .lean<AccountRow[]>()
    .cursor({ batchSize: BATCH });
  for await (const row of cursor as AsyncIterable<AccountRow>) {
    batch.push(row);
    if (batch.length === BATCH) {
      await claimBatch(claims, kind, batch, report, now());
      batch = [];
    }
  }
  if (batch.length > 0) await claimBatch(claims, kind, batch, report, now());
  const { duplicateAccountIds, ...counts } = report;
  options.logger?.info('e-mail claims checked', counts);
  if (duplicateAccountIds.length > 0) {
    options.logger?.warn('accounts share an e-mail address (made before e-mail claims)', {
      kind,
      accountIds: duplicateAccountIds,
    });
  }
  return report;
}

async function claimBatch(
  claims: Model<EmailClaimDoc>,
  kind: EmailClaimKind,
  rows: AccountRow[],
  report: EmailClaimBackfillReport,
  claimedAt: Date,
): Promise<void> {
  report.accounts += rows.length;
  const wanted = rows.map((row) => ({ row, id: emailClaimId(kind, row.email) }));
  const present = await claims
    .find({ _id: { $in: wanted.map(({ id }) => id) } }, { owner: 1 })
    .lean();
  const ownerOf = new Map(present.map((claim) => [claim._id.toHexString(), claim.owner]));

  const missing: EmailClaimDoc[] = [];
  for (const { row, id } of wanted) {
    const key = id.toHexString();
    if (!ownerOf.has(key)) {
      ownerOf.set(key, row._id);
      missing.push({
        _id: id,
        kind,
        email: normaliseEmail(row.email),
        token: randomUUID(),
        owner: row._id,
        claimedAt,
      });
    } else {
      const owner = ownerOf.get(key);
      if (owner && !owner.equals(row._id)) report.duplicateAccountIds.push(row._id.toHexString());
    }
  }
  if (missing.length === 0) return;
  try {
    await claims.collection.insertMany(missing, { ordered: false });
    report.created += missing.length;
  } catch (error) {
    // Another replica backfilling at the same moment wrote some of them first.
    const reported = (error as { writeErrors?: unknown }).writeErrors;
    const writeErrors = Array.isArray(reported) ? reported : reported ? [reported] : [];
    if (writeErrors.length === 0 || !writeErrors.every((e) => isDuplicateKeyError(e))) throw error;
    report.created += missing.length - writeErrors.length;
  }
}
