import { z } from 'zod';

/** What delete routes answer: how many documents went away. */
export const deleteResultSchema = z.object({
  deletedCount: z.int().min(0),
});
export type DeleteResult = z.output<typeof deleteResultSchema>;
