/**
 * `compute` remembered for up to `capacity` distinct inputs. When full, everything is forgotten
 * at once: cheaper than tracking use, and a flood of distinct inputs (many clients, forged
 * headers) costs at most one computation each, as without the memo. `compute` must be pure.
 */
export function boundedMemo<R>(
  capacity: number,
  compute: (input: string) => R,
): (input: string) => R {
  const remembered = new Map<string, R>();
  return (input) => {
    const known = remembered.get(input);
    if (known !== undefined) return known;
    const result = compute(input);
    if (remembered.size >= capacity) remembered.clear();
    remembered.set(input, result);
    return result;
  };
}
