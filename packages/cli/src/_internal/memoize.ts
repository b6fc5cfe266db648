/**
 * Remembers the results of a one-argument function for repeated inputs (cells of a column repeat a
 * handful of values over millions of rows); at most `limit` entries are kept, so memory stays bounded.
 */
export function memoize<R>(fn: (key: string) => R, limit = 10_000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
