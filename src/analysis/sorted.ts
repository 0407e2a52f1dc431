// Binary search over items in order: the analysis finds tokens, numbers, quotes and mentions by
// offset with it, so that nothing scans a whole article for each item.

/** Index of the first item for which `past` holds, or the length; `past` must stay true once true. */
export function firstIndex<T>(items: readonly T[], past: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
