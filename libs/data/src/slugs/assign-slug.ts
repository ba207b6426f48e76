import type { Model, Types } from 'mongoose';
import { isDuplicateKeyError } from '../email-claims/duplicate-key-error.js';
import type { SlugClaimDoc, SlugKind } from '../models/slug-claim.js';
import { slugClaimId } from './slug-claim-id.js';
import { isSlugOf, numberedSlug, slugify } from './slugify.js';

/** Far more namesakes than a shop has; past it something is wrong, and we say so. */
const MAX_ATTEMPTS = 500;

/** The word used when a name has no letters or digits at all. */
const FALLBACK_WORD: Readonly<Record<SlugKind, string>> = {
  product: 'anel',
  category: 'categoria',
};

/**
 * Claims a free slug for `owner` made from `name`: the name's own slug, or, when another owner has
 * it, the first free `-2`, `-3`… Safe under any number of concurrent callers on any engine: the
 * claim's insert is the decision (its `_id` is unique), so two namesakes never get one slug, and
 * an owner finding a claim it already holds simply takes that slug again (a backfill run twice,
 * or by both servers at once, changes nothing).
 */
export async function claimSlug(
  claims: Model<SlugClaimDoc>,
  kind: SlugKind,
  owner: Types.ObjectId,
  name: string,
  now: Date = new Date(),
): Promise<string> {
  const base = slugify(name, FALLBACK_WORD[kind]);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const slug = numberedSlug(base, attempt);
    const _id = slugClaimId(kind, slug);
    try {
      await claims.create({ _id, kind, slug, owner, claimedAt: now });
      return slug;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const holder = await claims.findById(_id, { owner: 1 }).lean();
    if (holder?.owner.equals(owner)) return slug;
  }
  throw new Error(`no free ${kind} slug for "${name}" after ${MAX_ATTEMPTS} attempts`);
}

/** What `slugFor` needs of a product or category model: its id and its current slug. */
interface Slugged {
  _id: Types.ObjectId;
  slug?: string;
}

/**
 * Gives a document its slug, or a new one after a rename, and returns the slug it ends up with.
 * A slug already made from an equal name is kept (a rename that only changes case or accents
 * changes no URL); otherwise the new slug becomes canonical and the old one stays claimed, so
 * its links keep finding the document (the storefront redirects them). The write only applies
 * while the document still has the slug we read, so a concurrent rename is never undone.
 */
export async function slugFor<T extends Slugged>(
  claims: Model<SlugClaimDoc>,
  documents: Model<T>,
  kind: SlugKind,
  document: Slugged,
  name: string,
): Promise<string> {
  const base = slugify(name, FALLBACK_WORD[kind]);
  if (document.slug !== undefined && isSlugOf(document.slug, base)) return document.slug;
  const slug = await claimSlug(claims, kind, document._id, name);
  await documents.updateOne(
    { _id: document._id, slug: document.slug ?? { $exists: false } } as never,
    { $set: { slug } } as never,
  );
  return slug;
}

/** The owner a slug was ever given to (its current or a former one), or null. */
export async function slugOwner(
  claims: Model<SlugClaimDoc>,
  kind: SlugKind,
  slug: string,
): Promise<Types.ObjectId | null> {
  const claim = await claims.findById(slugClaimId(kind, slug), { owner: 1 }).lean();
  return claim?.owner ?? null;
}
