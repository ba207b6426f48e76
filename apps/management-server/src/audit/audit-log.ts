import type { AuditEntityType, Auditor } from '@aneis/contracts';
import type { AuditEntryRecord } from '@aneis/data';
import type { Model } from 'mongoose';
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

export interface AuditLog {
  /** Records one mutation with only the fields that changed. Never throws. */
  record(change: AuditChange): Promise<void>;
}

export function createAuditLog(
  entries: Model<AuditEntryRecord>,
  logger: Logger,
  now: () => Date,
): AuditLog {
  return {
    async record(change) {
      const diff = changedFields(
        change.before === null ? null : toAuditSnapshot(change.before),
        change.after === null ? null : toAuditSnapshot(change.after),
      );
      try {
        await entries.create({
          at: now(),
          actor: change.actor,
          action: change.action,
          entityType: change.entityType,
          entityId: change.entityId,
          before: diff.before,
          after: diff.after,
        });
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
