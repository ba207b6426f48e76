import type { AddCommentBody, Auditor, DeleteCommentBody, EditCommentBody } from '@aneis/contracts';
import type { StoredComment } from '@aneis/data';
import { Conflict, Forbidden, NotFound } from '@aneis/errors';
import { Types } from 'mongoose';
import type { Services } from '../services.js';
import { commentView } from './order-view.js';
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

/** The comment, if the admin wrote it: others' comments are read-only (403 "Forbidden"). */
async function ownComment(deps: Deps, actor: Auditor, orderId: string, commentId: string) {
  const order = await loadOrder(deps, orderId);
  const comment = order.comments.find((candidate) => String(candidate._id) === commentId);
  if (!comment) throw new NotFound();
  if (comment.auditLog.createdBy.email !== actor.email) throw new Forbidden();
  return { order, comment };
}

/** Rewrites the whole array, guarded by its length (no positional updates on every engine). */
async function writeComments(
  deps: Deps,
  orderId: string,
  previous: number,
  comments: StoredComment[],
) {
  const result = await deps.shop.Order.updateOne(
    { _id: orderId, comments: { $size: previous } },
    { $set: { comments } },
  );
  if (result.matchedCount === 0) {
    throw new Conflict('The comments changed meanwhile; reload the order and try again');
  }
}

export async function editComment(deps: Deps, actor: Auditor, body: EditCommentBody) {
  const { order, comment } = await ownComment(deps, actor, body.orderId, body.commentId);
  const edited = {
    ...comment,
    content: body.comment,
    auditLog: { ...comment.auditLog, updatedBy: actor, updatedOn: deps.now() },
  };
  const comments = order.comments.map((candidate) => (candidate === comment ? edited : candidate));
  await writeComments(deps, body.orderId, order.comments.length, comments);
  await deps.audit.record({
    actor,
    action: 'editComment',
    entityType: 'order',
    entityId: body.orderId,
    before: { comment: commentView(comment) },
    after: { comment: commentView(edited) },
  });
  return comments.map(commentView);
}

export async function deleteComment(deps: Deps, actor: Auditor, body: DeleteCommentBody) {
  const { order, comment } = await ownComment(deps, actor, body.orderId, body.commentId);
  const comments = order.comments.filter((candidate) => candidate !== comment);
  await writeComments(deps, body.orderId, order.comments.length, comments);
  await deps.audit.record({
    actor,
    action: 'deleteComment',
    entityType: 'order',
    entityId: body.orderId,
    before: { comment: commentView(comment) },
    after: null,
  });
  return comments.map(commentView);
}
