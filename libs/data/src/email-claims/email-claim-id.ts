import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { EmailClaimKind } from '../models/email-claim.js';

/**
 * The e-mail as accounts store it and as login looks it up: the account schemas say
 * `trim: true, lowercase: true` and the contracts' `emailSchema` trims and lower-cases, so a
 * claim keyed on this names exactly the address a login would find. Tests pin all three together.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A claim's `_id`: the first 12 bytes of SHA-256 over `kind:email`. It is an ObjectId, not the
 * string itself, because the embedded engine turns every `_id` into an ObjectId (string ids are
 * refused); 96 bits keep an accidental collision out of reach for any number of accounts a shop has.
 */
export function emailClaimId(kind: EmailClaimKind, email: string): Types.ObjectId {
  const digest = createHash('sha256')
    .update(`${kind}:${normaliseEmail(email)}`)
    .digest();
  return new Types.ObjectId(digest.subarray(0, 12));
}
