/** Moves the item at `index` by `delta` places (clamped); returns a new array. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = Math.min(Math.max(index + delta, 0), list.length - 1);
  if (index < 0 || index >= list.length || target === index) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** Puts the item at `index` first: the first picture is the product's main one. */
export function makeFirst<T>(list: readonly T[], index: number): T[] {
  return moveItem(list, index, -index);
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_item, i) => i !== index);
}
