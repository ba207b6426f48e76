import { Schema, type Types } from 'mongoose';

export const EMAIL_CLAIM_COLLECTION = 'email_claims';

/** Each kind of account has its own e-mail namespace: a shopper may also be an admin. */
export const EMAIL_CLAIM_KINDS = ['customer', 'admin'] as const;
export type EmailClaimKind = (typeof EMAIL_CLAIM_KINDS)[number];

/**
 * "This e-mail belongs to one account of this kind." The `_id` is derived from the kind and the
 * normalised e-mail (`emailClaimId`), so two claims for one address collide on `_id`, which every
 * engine refuses with E11000, the embedded one included (it ignores other unique indexes). The
 * unique index on the accounts' `email` stays as real MongoDB's second line of defence.
 */
export interface EmailClaimDoc {
  _id: Types.ObjectId;
  kind: EmailClaimKind;
  /** The normalised e-mail, for people reading the collection (the `_id` is a hash). */
  email: string;
  /** Random per sign-up attempt: only the attempt that wrote it may release or bind the claim. */
  token: string;
  /** The account holding the address; null while its creation is in progress. */
  owner: Types.ObjectId | null;
  /** When the current attempt claimed it: an old claim with no account behind it is reclaimable. */
  claimedAt: Date;
}

export const emailClaimSchema = new Schema<EmailClaimDoc>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: EMAIL_CLAIM_KINDS },
    email: { type: String, required: true },
    token: { type: String, required: true },
    owner: { type: Schema.Types.ObjectId, default: null },
    claimedAt: { type: Date, required: true },
  },
  { collection: EMAIL_CLAIM_COLLECTION, versionKey: false },
);
