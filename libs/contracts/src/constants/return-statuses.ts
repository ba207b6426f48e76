// zod-free on purpose: both webclients read it.

/**
 * How much of a delivered order came back. Kept beside `overall_status`, not in it: Veniqa's
 * clients know only its five statuses (the admin's tabs ask for orders by them, the shop's tabs
 * file COMPLETED orders), so a returned order stays COMPLETED there and says `return_status`
 * here. Absent when nothing came back.
 */
export const returnStatuses = ['PARTIALLY_RETURNED', 'RETURNED'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

/** From the lines' units and how many of each came back. */
export function returnStatusOf(
  lines: readonly { counts: number; returned?: number | undefined }[],
): ReturnStatus | undefined {
  const returned = lines.reduce((sum, line) => sum + Math.min(line.returned ?? 0, line.counts), 0);
  if (returned === 0) return undefined;
  const ordered = lines.reduce((sum, line) => sum + line.counts, 0);
  return returned >= ordered ? 'RETURNED' : 'PARTIALLY_RETURNED';
}
