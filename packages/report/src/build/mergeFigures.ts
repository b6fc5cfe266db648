function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @internal Merges two parts of the same plan or report (e.g. one CSV line per funding source): figures present
 * in only one are taken; figures present in both must be equal, else their path is added to
 * `conflicts` and the first is kept.
 */
export function mergeFigures<T>(first: T, second: T, conflicts: string[], path = ''): T {
  if (!isRecord(first) || !isRecord(second)) return first;
  const merged: Record<string, unknown> = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const existing = merged[key];
    const where = path === '' ? key : `${path}.${key}`;
    if (existing === undefined) merged[key] = value;
    else if (
      isRecord(existing) &&
      isRecord(value) &&
      !('amount' in value) &&
      !('percent' in value)
    ) {
      merged[key] = mergeFigures(existing, value, conflicts, where);
    } else if (!same(existing, value)) conflicts.push(where);
  }
  return merged as T;
}
