const LEAKS = ['undefined', 'NaN', '[object Object]'] as const;
const MAX_NODES = 20_000;
const MAX_DEPTH = 8;

/**
 * The strings an input holds (itself, its elements, own keys and own values), so an echo of one is not a leak
 * (an "Unrecognized keys" message naming a key the input has).
 */
export function stringsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    found.push(value);
  } else if (value !== null && typeof value === 'object' && depth < 3 && found.length < 1_000) {
    const values = Array.isArray(value) ? value.slice(0, 100) : safeValues(value);
    if (!Array.isArray(value)) found.push(...safeKeys(value));
    for (const item of values) stringsIn(item, found, depth + 1);
  }
  return found;
}

function safeKeys(value: object): string[] {
  try {
    return Object.keys(value).slice(0, 100);
  } catch {
    return [];
  }
}

/**
 * Whether an input holds a NaN number (itself, its elements and own values, as deep as {@link stringsIn}
 * looks), so that a NaN the caller put in (an error's details, say) and gets back is not taken for a leak.
 */
export function holdsNaN(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (value === null || typeof value !== 'object' || depth >= 3) return false;
  const values = Array.isArray(value) ? value.slice(0, 100) : safeValues(value);
  return values.some((item) => holdsNaN(item, depth + 1));
}

function safeValues(value: object): unknown[] {
  try {
    return Object.values(value).slice(0, 100);
  } catch {
    return [];
  }
}

/**
 * What an outcome leaks, if anything: a string with "undefined", "NaN" or "[object Object]" that no input
 * string holds, or a NaN number that no input holds ({@link holdsNaN}), anywhere in it (own values, array items, Map and Set entries, to a depth
 * of 8 and 20,000 values). Returns the path and the text found, or `undefined`.
 */
export function leakIn(
  value: unknown,
  inputs: readonly string[],
  inputNaN = false,
): string | undefined {
  const seen = new Set<unknown>();
  let nodes = 0;
  const visit = (item: unknown, path: string, depth: number): string | undefined => {
    nodes += 1;
    if (nodes > MAX_NODES || depth > MAX_DEPTH) return undefined;
    if (typeof item === 'string') {
      for (const leak of LEAKS) {
        if (item.includes(leak) && !inputs.some((input) => input.includes(leak))) {
          return `${path} holds "${leak}": ${JSON.stringify(item.slice(0, 160))}`;
        }
      }
      return undefined;
    }
    if (typeof item === 'number') {
      return Number.isNaN(item) && !inputNaN ? `${path} is NaN` : undefined;
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) return undefined;
    seen.add(item);
    const entries: [string, unknown][] =
      item instanceof Map
        ? [...item.entries()].map(([key, entry]) => [String(key), entry])
        : item instanceof Set
          ? [...item].map((entry, index) => [String(index), entry])
          : item instanceof Error
            ? [['message', item.message], ...Object.entries(item)]
            : Object.entries(item);
    for (const [key, entry] of entries) {
      const found = visit(entry, `${path}.${key}`, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(value, 'result', 0);
}
