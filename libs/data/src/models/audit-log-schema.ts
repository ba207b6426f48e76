import { Schema } from 'mongoose';

export interface StoredAuditor {
  email: string;
  name: string;
}

/** Who created and last changed a document; "CUSTOMER" is the name on shopper-made orders. */
export interface StoredAuditLog {
  createdBy: StoredAuditor;
  updatedBy: StoredAuditor;
  createdOn: Date;
  updatedOn: Date;
}

const auditorSchema = new Schema<StoredAuditor>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true },
  },
  { _id: false },
);

export const auditLogSchema = new Schema<StoredAuditLog>(
  {
    createdBy: { type: auditorSchema, required: true },
    updatedBy: { type: auditorSchema, required: true },
    createdOn: { type: Date, required: true },
    updatedOn: { type: Date, required: true },
  },
  { _id: false },
);
