/**
 * Freezes a constant and everything in it (own property values, array items, to any depth), so that no caller
 * can change a code list, a label or a registry for every other caller in the process. Returns the value
 * itself, typed as it was (`as const` data keeps its literal type). Wrap a module-level constant as
 * `/* @__PURE__ *\/ deepFreeze(…)` so that a bundler still drops it when unused.
 *
 * An `as const` literal cannot be wrapped (isolatedDeclarations wants the type of an exported constant written
 * out when its initializer is a call), so such a list is frozen by the registry that lists it (`CODE_LISTS`,
 * `ERROR_CODES`…): pass it in `alongside` when the registry does not hold it itself.
 *
 * @param value - a constant made of plain objects and arrays (a cycle is frozen once).
 * @param alongside - other constants to freeze with it (not part of the result).
 * @returns `value`, frozen all the way down.
 */
export function deepFreeze<T>(value: T, alongside: readonly unknown[] = []): T {
  const pending: unknown[] = [value, ...alongside];
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
