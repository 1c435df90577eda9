/**
 * Everything the store holds in memory is deep-frozen, so callers cannot change a record
 * without going through a write (which would let memory drift away from disk), and a new
 * version of a file can share the unchanged records of the old one (copy-on-write by
 * shallow array copies).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A deep copy through JSON, so what is kept in memory is exactly what a reload from disk gives
 * (Dates become strings, `undefined` properties disappear, functions are dropped).
 */
export function jsonClone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
