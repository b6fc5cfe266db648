/**
 * Freezes a constant and everything in it (own property values, array items, to any depth), so that no caller
 * can change a code list, a label or a registry for every other caller in the process. Returns the value
 * itself, typed as it was (`as const` data keeps its literal type). Wrap a module-level constant as
 * `/* @__PURE__ *\/ deepFreeze(…)` so that a bundler still drops it when unused.
 *
 * @param value - a constant made of plain objects and arrays (a cycle is frozen once).
 * @returns `value`, frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item)) {
      pending.push((item as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
