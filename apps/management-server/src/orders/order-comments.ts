import type { AddCommentBody, Auditor, DeleteCommentBody, EditCommentBody } from '@aneis/contracts';
import type { OrderDoc, StoredComment } from '@aneis/data';
import { Conflict, Forbidden, NotFound } from '@aneis/errors';
import { Types, type UpdateQuery } from 'mongoose';
import type { Services } from '../services.js';
import { commentView, type LeanOrder } from './order-view.js';
import { loadOrder } from './read-orders.js';

type Deps = Pick<Services, 'shop' | 'audit' | 'now'>;

export async function addComment(deps: Deps, actor: Auditor, body: AddCommentBody) {
  const order = await loadOrder(deps, body.orderId);
  const now = deps.now();
  const comment: StoredComment = {
    _id: new Types.ObjectId(),
    content: body.comment,
    auditLog: { createdBy: actor, updatedBy: actor, createdOn: now, updatedOn: now },
  };
  await deps.shop.Order.updateOne({ _id: order._id }, { $push: { comments: comment } });
  await deps.audit.record({
    actor,
    action: 'addComment',
    entityType: 'order',
    entityId: body.orderId,
    before: null,
    after: { comment: commentView(comment) },
  });
  return (await loadOrder(deps, body.orderId)).comments.map(commentView);
}

/** The update of one comment, found at `index` of the order's comments. */
type CommentChange = (index: number, comment: StoredComment) => UpdateQuery<OrderDoc>;

// Each failed attempt means the order's comments moved under us (one before it was deleted);
// a few attempts cover any real desk, more would only hide a bug.
const MAX_ATTEMPTS = 5;

/**
 * Applies `change` to the admin's own comment in one atomic update of the order, and returns the
 * comment as it was and the order as it is now. The update names the comment by its index and
 * re-checks, in the same filter, that this index still holds that comment: no positional `$` and
 * no arrayFilters (which the embedded engine ignores), and only that comment's fields are written,
 * so an edit, addition or deletion of another comment in the meantime is kept.
 * When the filter no longer matches, the order is read again: 404 if the comment is gone, 403 if
 * it is someone else's, otherwise another attempt at its new index.
 */
async function changeOwnComment(
  deps: Deps,
  actor: Auditor,
  orderId: string,
  commentId: string,
  change: CommentChange,
): Promise<{ before: StoredComment; order: LeanOrder }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const order = await loadOrder(deps, orderId);
    const index = order.comments.findIndex((candidate) => String(candidate._id) === commentId);
    const comment = order.comments[index];
    if (!comment) throw new NotFound();
    if (comment.auditLog.createdBy.email !== actor.email) throw new Forbidden();
    const changed = await deps.shop.Order.findOneAndUpdate(
      { _id: order._id, [`comments.${index}._id`]: comment._id },
      change(index, comment),
      { returnDocument: 'after' },
    ).lean<LeanOrder>();
    if (changed) return { before: comment, order: changed };
  }
  throw new Conflict('The comments changed meanwhile; reload the order and try again');
}

export async function editComment(deps: Deps, actor: Auditor, body: EditCommentBody) {
  const { before, order } = await changeOwnComment(
    deps,
    actor,
    body.orderId,
    body.commentId,
    (index) => ({
      $set: {
        [`comments.${index}.content`]: body.comment,
        [`comments.${index}.auditLog.updatedBy`]: actor,
        [`comments.${index}.auditLog.updatedOn`]: deps.now(),
      },
    }),
  );
  const edited = order.comments.find((candidate) => String(candidate._id) === body.commentId);
  await deps.audit.record({
    actor,
    action: 'editComment',
    entityType: 'order',
    entityId: body.orderId,
    before: { comment: commentView(before) },
    after: edited ? { comment: commentView(edited) } : null,
  });
  return order.comments.map(commentView);
}

export async function deleteComment(deps: Deps, actor: Auditor, body: DeleteCommentBody) {
  const { before, order } = await changeOwnComment(
    deps,
    actor,
    body.orderId,
    body.commentId,
    (_index, comment) => ({ $pull: { comments: { _id: comment._id } } }),
  );
  await deps.audit.record({
    actor,
    action: 'deleteComment',
    entityType: 'order',
    entityId: body.orderId,
    before: { comment: commentView(before) },
    after: null,
  });
  return order.comments.map(commentView);
}
