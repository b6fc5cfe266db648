/**
 * @internal A copy of a string that does not point into the (large) chunk it was sliced from, so that a
 * remembered key never keeps a 64 KB piece of the input alive.
 */
export function ownString(value: string): string {
  return value.length > 12 ? value.split('').join('') : value;
}

/**
 * @internal Remembers the results of a one-string-argument function (cells of a column repeat a handful of
 * values over millions of rows). At most `limit` entries are kept: when full, the memory is emptied and
 * filled again, so it stays bounded whatever the input.
 */
export function boundedMemo<R>(fn: (key: string) => R, limit = 10_000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(ownString(key), value);
    return value;
  };
}
