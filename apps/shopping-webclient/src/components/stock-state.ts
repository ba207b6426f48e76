/** Below this many units the shopper is told how few are left. */
export const LOW_STOCK_WARNING = 5;

export type StockState =
  | { kind: 'untracked' }
  | { kind: 'sold-out' }
  | { kind: 'low'; left: number }
  | { kind: 'in-stock' };

/** `stock` absent means the shop does not track it: always available. */
export function stockState(stock: number | undefined): StockState {
  if (stock === undefined) return { kind: 'untracked' };
  if (stock <= 0) return { kind: 'sold-out' };
  if (stock <= LOW_STOCK_WARNING) return { kind: 'low', left: stock };
  return { kind: 'in-stock' };
}
