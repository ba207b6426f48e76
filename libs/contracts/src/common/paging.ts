import { z } from 'zod';
import { numberFromText } from './lenient-input.js';

export const MAX_PAGE_LIMIT = 100;
export const MAX_PAGE = 10_000;

/**
 * Veniqa's `pagingOptions`, required on every paginated route. Its clients keep the whole
 * pagination object as UI state and send it back (`{page, pages, total, limit}`): only `page`
 * and `limit` are read, the rest is stripped.
 */
export const pagingOptionsSchema = z.object({
  page: numberFromText(
    z
      .int({ error: 'page must be a whole number' })
      .min(1, 'page must be at least 1')
      .max(MAX_PAGE, `page must be at most ${MAX_PAGE}`),
  ),
  limit: numberFromText(
    z
      .int({ error: 'limit must be a whole number' })
      .min(1, 'limit must be at least 1')
      .max(MAX_PAGE_LIMIT, `limit must be at most ${MAX_PAGE_LIMIT}`),
  ),
});
export type PagingOptions = z.output<typeof pagingOptionsSchema>;

/** The pagination object Veniqa's clients read (mongoose-paginate's shape). */
export function paginated<T extends z.ZodType>(doc: T) {
  return z.object({
    docs: z.array(doc),
    total: z.int().min(0),
    limit: z.int().min(1),
    page: z.int().min(1),
    pages: z.int().min(1),
  });
}

export interface Pagination<T> {
  docs: T[];
  total: number;
  limit: number;
  page: number;
  pages: number;
}

/** Builds the pagination object; `pages` is at least 1 as in Veniqa. */
export function toPagination<T>(docs: T[], total: number, paging: PagingOptions): Pagination<T> {
  return {
    docs,
    total,
    limit: paging.limit,
    page: paging.page,
    pages: Math.max(1, Math.ceil(total / paging.limit)),
  };
}
