// Whether two values hold the same data, found cheaply when most of it is shared: `briefing serve`
// compares what each page was rendered from with what it would be rendered from now, and between
// two builds most of it is the very same objects and strings. A leaf: it imports nothing.

/**
 * Deep equality of plain data (arrays, plain objects, primitives; key order aside), with a shortcut:
 * one object is equal to itself without a look inside, so a value two builds share costs one
 * comparison. The objects compared are never changed once made (records are copied, not changed).
 * Any other object is equal only to itself. Where order of keys matters, give entries, not an object.
 */
export function sameValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValues(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // (only plain objects are looked into: a Map, a Set or a Date has no keys of its own to compare)
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function plain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
