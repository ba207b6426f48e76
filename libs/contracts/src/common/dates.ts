import { z } from 'zod';

/** A timestamp as the servers send it (JSON-serialised Date). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A date a person typed: either a calendar date (`2015-03-25`) or a full timestamp. */
export const dateInputSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO date (YYYY-MM-DD) or date-time',
});
