import type { AuditEntityType, Auditor } from '@aneis/contracts';
import { isDuplicateKeyError, type AuditEntryRecord } from '@aneis/data';
import { Types, type Model } from 'mongoose';
import type { Logger } from 'winston';
import { changedFields, toAuditSnapshot } from './changed-fields.js';

export interface AuditChange {
  actor: Auditor;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** The entity before the change (any document or plain object); null for a creation. */
  before: unknown;
  /** The entity after the change; null for a deletion. */
  after: unknown;
}

/** An entry as stored, but for its time: what an owed entry carries until it is written. */
export type OwedAuditEntry = Omit<AuditEntryRecord, 'at'>;

export interface AuditLog {
  /** Records one mutation with only the fields that changed. Never throws. */
  record(change: AuditChange): Promise<void>;
  /** The entry `record` would write for `change` (only the changed fields), to be written later. */
  entryFor(change: AuditChange): OwedAuditEntry;
  /**
   * Writes an owed entry under `key` (an ObjectId's hex) as its `_id`: a second write of the
   * same key (a retry after a crash, two instances at once) is refused by the `_id` index,
   * which both engines enforce, so the entry exists once. Throws on any other failure, so the
   * debt stays owed.
   */
  recordOnce(key: string, at: Date, entry: OwedAuditEntry): Promise<void>;
}

export function createAuditLog(
  entries: Model<AuditEntryRecord>,
  logger: Logger,
  now: () => Date,
): AuditLog {
  const entryFor = (change: AuditChange): OwedAuditEntry => {
    const diff = changedFields(
      change.before === null ? null : toAuditSnapshot(change.before),
      change.after === null ? null : toAuditSnapshot(change.after),
    );
    return {
      actor: { email: change.actor.email, name: change.actor.name },
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: diff.before,
      after: diff.after,
    };
  };
  return {
    entryFor,
    async recordOnce(key, at, entry) {
      try {
        await entries.create({ _id: new Types.ObjectId(key), at, ...entry });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    async record(change) {
      try {
        await entries.create({ at: now(), ...entryFor(change) });
      } catch (error) {
        // There are no transactions to roll the change back with: the change stands, and the
        // missing entry is reported loudly instead of failing the admin's request.
        logger.error('audit entry could not be written', {
          action: change.action,
          entityType: change.entityType,
          entityId: change.entityId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
