import { Schema, type Connection, type HydratedDocument, type Model } from 'mongoose';

export const AUDIT_ENTRY_MODEL = 'AuditEntry';
export const AUDIT_ENTRY_COLLECTION = 'aneis_audit_log';

/**
 * One recorded admin mutation: who, what action, which entity, when, and the changed fields
 * before and after. Writers must leave out password hashes and tokens.
 */
export interface AuditEntryRecord {
  at: Date;
  actor: { email: string; name: string };
  action: string;
  entityType: string;
  /** The entity's id, or its natural key where it has none (admin e-mail, currency code). */
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AuditEntryDocument = HydratedDocument<AuditEntryRecord>;

export const auditEntrySchema = new Schema<AuditEntryRecord>(
  {
    at: { type: Date, required: true },
    actor: {
      type: new Schema(
        { email: { type: String, required: true }, name: { type: String, required: true } },
        { _id: false },
      ),
      required: true,
    },
    action: { type: String, required: true, maxlength: 64 },
    entityType: { type: String, required: true, maxlength: 64 },
    entityId: { type: String, required: true, maxlength: 254 },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
  },
  // Entries are written once and never updated, so mongoose's version key adds nothing.
  { collection: AUDIT_ENTRY_COLLECTION, versionKey: false, minimize: false },
);
auditEntrySchema.index({ at: -1 });
auditEntrySchema.index({ 'actor.email': 1, at: -1 });
auditEntrySchema.index({ entityType: 1, entityId: 1, at: -1 });

/** The AuditEntry model on `connection` (registered on first use). */
export function auditEntryModel(connection: Connection): Model<AuditEntryRecord> {
  return (
    (connection.models[AUDIT_ENTRY_MODEL] as Model<AuditEntryRecord> | undefined) ??
    connection.model<AuditEntryRecord>(AUDIT_ENTRY_MODEL, auditEntrySchema)
  );
}
