import { Schema, type Types } from 'mongoose';

export const SLUG_CLAIM_COLLECTION = 'slug_claims';

/** The things the storefront gives a URL word: each kind has its own namespace. */
export const SLUG_KINDS = ['product', 'category'] as const;
export type SlugKind = (typeof SLUG_KINDS)[number];

/**
 * "This URL word belongs to this product (or category)". The `_id` is derived from the kind and
 * the slug, so the engine's `_id` uniqueness (the one both real MongoDB and the embedded engine
 * enforce) makes a slug unique however many servers assign at once. A claim is never removed:
 * after a rename the old slug still names its owner, which is what lets old links redirect.
 */
export interface SlugClaimDoc {
  _id: Types.ObjectId;
  kind: SlugKind;
  slug: string;
  owner: Types.ObjectId;
  claimedAt: Date;
}

export const slugClaimSchema = new Schema<SlugClaimDoc>(
  {
    kind: { type: String, required: true, enum: SLUG_KINDS },
    slug: { type: String, required: true },
    owner: { type: Schema.Types.ObjectId, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: SLUG_CLAIM_COLLECTION },
);
// The sitemap and the admin read an owner's slugs.
slugClaimSchema.index({ owner: 1 });
