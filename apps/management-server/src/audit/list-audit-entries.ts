import { toPagination, type AuditListBody, type Pagination } from '@aneis/contracts';
import type { AuditEntryRecord } from '@aneis/data';
import type { Model, QueryFilter, SortOrder } from 'mongoose';

/** `POST /audit/list`: newest first unless a sort rule says otherwise. */
export async function listAuditEntries(
  entries: Model<AuditEntryRecord>,
  body: AuditListBody,
): Promise<Pagination<unknown>> {
  const filter: QueryFilter<AuditEntryRecord> = {};
  if (body.adminEmail !== undefined) filter['actor.email'] = body.adminEmail;
  if (body.entityType !== undefined) filter.entityType = body.entityType;
  if (body.entityId !== undefined) filter.entityId = body.entityId;
  if (body.from !== undefined || body.to !== undefined) {
    filter.at = {
      ...(body.from === undefined ? {} : { $gte: new Date(body.from) }),
      ...(body.to === undefined ? {} : { $lte: new Date(body.to) }),
    };
  }
  const sort: Record<string, SortOrder> =
    body.sortRule && Object.keys(body.sortRule).length > 0 ? { ...body.sortRule } : { at: -1 };
  const { page, limit } = body.pagingOptions;
  const [docs, total] = await Promise.all([
    entries
      .find(filter)
      .sort({ ...sort, _id: -1 })
      .skip((page - 1) * limit)
      .limit(limit)
      .lean(),
    entries.countDocuments(filter),
  ]);
  return toPagination(docs, total, body.pagingOptions);
}
