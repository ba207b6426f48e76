/** 1 s, 2 s, 4 s … capped at 30 s: a crash loop costs little while a one-off crash heals fast. */
export function restartDelayMs(crashes: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, crashes - 1));
}
