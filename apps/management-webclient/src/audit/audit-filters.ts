import { auditEntityTypes } from '@aneis/contracts/constants';
import type { AuditEntityType, AuditListBodyInput } from '@aneis/contracts';
import type { LocationQuery } from 'vue-router';

/** The audit filters as typed in the form (dates as `YYYY-MM-DD`). */
export interface AuditFilters {
  adminEmail: string;
  entityType: AuditEntityType | '';
  entityId: string;
  from: string;
  to: string;
}

const text = (query: LocationQuery, key: string) =>
  typeof query[key] === 'string' ? query[key] : '';

export function filtersFromQuery(query: LocationQuery): AuditFilters {
  const type = text(query, 'entityType');
  return {
    adminEmail: text(query, 'adminEmail'),
    entityType: auditEntityTypes.find((candidate) => candidate === type) ?? '',
    entityId: text(query, 'entityId'),
    from: text(query, 'from'),
    to: text(query, 'to'),
  };
}

export function filtersToQuery(filters: AuditFilters, page: number): Record<string, string> {
  const query: Record<string, string> = { page: String(page) };
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value.trim() !== '') query[key] = value.trim();
  }
  return query;
}

/** Whole days: "to" includes the chosen day, so it becomes the start of the next day. */
export function filtersToBody(
  filters: AuditFilters,
  page: number,
  limit: number,
): AuditListBodyInput {
  const dayStart = (date: string) => new Date(`${date}T00:00:00`).toISOString();
  const nextDayStart = (date: string) => {
    const day = new Date(`${date}T00:00:00`);
    day.setDate(day.getDate() + 1);
    return day.toISOString();
  };
  return {
    pagingOptions: { page, limit },
    sortRule: '-at',
    ...(filters.adminEmail.trim() ? { adminEmail: filters.adminEmail.trim() } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId.trim() ? { entityId: filters.entityId.trim() } : {}),
    ...(filters.from ? { from: dayStart(filters.from) } : {}),
    ...(filters.to ? { to: nextDayStart(filters.to) } : {}),
  };
}
