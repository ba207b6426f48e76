import type { PendingEffect } from '@aneis/data';
import type { Types } from 'mongoose';
import type { OwedAuditEntry } from '../audit/audit-log.js';
import type { Services } from '../services.js';

type AuditDeps = Pick<Services, 'shop' | 'audit' | 'logger'>;

/** Strikes one finished effect off its order (a no-op when another finisher already did). */
export async function crossOff(deps: Pick<Services, 'shop'>, orderId: Types.ObjectId, key: string) {
  await deps.shop.Order.updateOne({ _id: orderId }, { $pull: { pendingEffects: { key } } });
}

/**
 * The audit entry a change owes, written under its key and crossed off. A failure only logs:
 * the entry stays owed and the next start writes it.
 */
export async function finishOwedAudit(
  deps: AuditDeps,
  orderId: Types.ObjectId,
  effect: PendingEffect,
): Promise<void> {
  try {
    await deps.audit.recordOnce(effect.key, effect.at, effect.detail as unknown as OwedAuditEntry);
    await crossOff(deps, orderId, effect.key);
  } catch (error) {
    deps.logger.error('audit entry left owed', { orderId: String(orderId), error: String(error) });
  }
}
