import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { SlugKind } from '../models/slug-claim.js';

/**
 * A slug claim's `_id`: 12 bytes of SHA-256 over `kind/slug`, an ObjectId because the embedded
 * engine keeps no string ids; 96 bits put an accidental collision out of reach.
 */
export function slugClaimId(kind: SlugKind, slug: string): Types.ObjectId {
  const digest = createHash('sha256').update(`${kind}/${slug}`).digest();
  return new Types.ObjectId(digest.subarray(0, 12));
}
