import { randomUUID } from 'node:crypto';
import type { Model, Types } from 'mongoose';
import type { EmailClaimDoc, EmailClaimKind } from '../models/email-claim.js';
import { emailClaimId, normaliseEmail } from './email-claim-id.js';
import { isDuplicateKeyError } from './duplicate-key-error.js';

/**
 * A claim younger than this is never taken over, even with no account behind it: it belongs to a
 * sign-up still running. No request lives this long (the edge gives up after 30 s and MongoDB
 * operations time out well before), so a younger claim without an account is in progress, and an
 * older one was left by a process that died mid-way or by an account deleted without its release.
 */
export const EMAIL_CLAIM_STALE_MS = 10 * 60_000;

export interface EmailClaimRequest {
  kind: EmailClaimKind;
  email: string;
  /** The id of the account of this kind that has the address already, or null. */
  findAccount: () => Promise<Types.ObjectId | null>;
  now?: () => Date;
  staleAfterMs?: number;
}

export type ClaimedCreation<A> = { created: true; account: A } | { created: false };

/**
 * Creates an account only if this call holds the e-mail's claim: of any number of concurrent
 * calls for one address (on any number of processes) exactly one runs `create`, the others get
 * `{ created: false }`. Also `false` when an account has the address (one made before claims
 * existed included) or when real MongoDB's unique index refuses the insert. If `create` throws,
 * the claim is given back, so a failed sign-up leaves the address free; a process that dies
 * mid-way leaves a claim that the next attempt takes over once it is stale.
 */
export async function createUnderEmailClaim<A extends { _id: Types.ObjectId }>(
  claims: Model<EmailClaimDoc>,
  request: EmailClaimRequest,
  create: () => Promise<A>,
): Promise<ClaimedCreation<A>> {
  const claim = { _id: emailClaimId(request.kind, request.email), token: randomUUID() };
  if (!(await takeClaim(claims, request, claim))) return { created: false };

  const existing = await request.findAccount().catch(async (error: unknown) => {
    await giveBack(claims, claim);
    throw error;
  });
  if (existing) {
    await bind(claims, claim, existing);
    return { created: false };
  }

  let account: A;
  try {
    account = await create();
  } catch (error) {
    await giveBack(claims, claim);
    if (isDuplicateKeyError(error, 'email')) return { created: false };
    throw error;
  }
  await bind(claims, claim, account._id);
  return { created: true, account };
}

/**
 * Gives the address back when its account is deleted. Only the claim bound to that account is
 * removed: a claim a new sign-up has meanwhile taken over is left alone.
 */
export async function releaseEmailClaim(
  claims: Model<EmailClaimDoc>,
  kind: EmailClaimKind,
  email: string,
  owner: Types.ObjectId,
): Promise<void> {
  await claims.deleteOne({ _id: emailClaimId(kind, email), owner });
}

interface HeldClaim {
  _id: Types.ObjectId;
  token: string;
}

async function takeClaim(
  claims: Model<EmailClaimDoc>,
  request: EmailClaimRequest,
  claim: HeldClaim,
): Promise<boolean> {
  const now = request.now?.() ?? new Date();
  // A claim released between our insert and our read lets us try again; twice is plenty.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await claims.create({
        ...claim,
        kind: request.kind,
        email: normaliseEmail(request.email),
        owner: null,
        claimedAt: now,
      });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const current = await claims.findById(claim._id).lean();
    if (!current) continue;
    const staleAfterMs = request.staleAfterMs ?? EMAIL_CLAIM_STALE_MS;
    if (now.getTime() - current.claimedAt.getTime() < staleAfterMs) return false;
    const account = await request.findAccount();
    if (account) {
      if (!current.owner?.equals(account)) await bind(claims, current, account);
      return false;
    }
    // Stale and nobody has the address: take it over. The guard on the token makes this a
    // compare-and-set, so of several callers taking over at once only one wins.
    const taken = await claims.updateOne(
      { _id: claim._id, token: current.token },
      { $set: { token: claim.token, owner: null, claimedAt: now } },
    );
    return taken.modifiedCount === 1;
  }
  return false;
}

async function bind(
  claims: Model<EmailClaimDoc>,
  claim: HeldClaim,
  owner: Types.ObjectId,
): Promise<void> {
  await claims.updateOne({ _id: claim._id, token: claim.token }, { $set: { owner } });
}

/** Best effort: if the database fails here too, the claim goes stale and is taken over later. */
async function giveBack(claims: Model<EmailClaimDoc>, claim: HeldClaim): Promise<void> {
  await claims
    .deleteOne({ _id: claim._id, token: claim.token, owner: null })
    .catch(() => undefined);
}
