import { Schema, type Connection, type HydratedDocument, type Model } from 'mongoose';

export const ADMIN_MODEL = 'Admin';
export const ADMIN_COLLECTION = 'veniqa_admins';

/** An admin account (Veniqa's `veniqa_admins`). */
export interface AdminRecord {
  email: string;
  /** bcrypt hash; a random unknown password until the admin follows the onboarding link. */
  password: string;
  name: string;
  /** Only approved admins may log in; disapproval also ends their sessions. */
  approved: boolean;
  /** Role names (validated against the role list at the API edge). */
  permissions: string[];
  /** SHA-256 of the reset (or onboarding) token: a database leak does not leak usable links. */
  passwordResetTokenHash?: string | null;
  passwordResetExpires?: Date | null;
}

export type AdminDocument = HydratedDocument<AdminRecord>;

export const adminSchema = new Schema<AdminRecord>(
  {
    email: { type: String, required: true, trim: true, lowercase: true, maxlength: 254 },
    password: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 200 },
    approved: { type: Boolean, required: true, default: false },
    permissions: {
      type: [String],
      required: true,
      validate: {
        validator: (roles: string[]) => roles.length > 0,
        message: 'at least one permission is required',
      },
    },
    passwordResetTokenHash: { type: String, default: null },
    passwordResetExpires: { type: Date, default: null },
  },
  { collection: ADMIN_COLLECTION },
);
// Real MongoDB enforces this; the embedded test engine does not, so code checks before writing.
adminSchema.index({ email: 1 }, { unique: true });
adminSchema.index({ passwordResetTokenHash: 1 }, { sparse: true });

/** The Admin model on `connection` (registered on first use). */
export function adminModel(connection: Connection): Model<AdminRecord> {
  return (
    (connection.models[ADMIN_MODEL] as Model<AdminRecord> | undefined) ??
    connection.model<AdminRecord>(ADMIN_MODEL, adminSchema)
  );
}
