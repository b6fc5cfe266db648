import type * as z from 'zod/mini';
import { invalidArgument } from './invalidArgument';

/** The value at a path of an input, by own properties (what a schema issue's path points at). */
function valueAt(value: unknown, keys: readonly (string | number)[]): unknown {
  let found = value;
  for (const key of keys) {
    if (typeof found !== 'object' || found === null || !Object.hasOwn(found, key)) return undefined;
    found = (found as Readonly<Record<string | number, unknown>>)[key];
  }
  return found;
}

/**
 * @internal Checks an argument of a public function with a schema of `@khuyencong/validation`:
 * `INVALID_ARGUMENT` naming the path of the first issue (`project.funding.local`) and the value found there;
 * else what the schema gives (amounts as strings, as the readers give them).
 */
export function checkWithSchema<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  fn: string,
  parameter: string,
  expected: string,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const keys = (parsed.error.issues[0]?.path ?? []).filter(
    (key): key is string | number => typeof key !== 'symbol',
  );
  invalidArgument(
    'INVALID_ARGUMENT',
    fn,
    [parameter, ...keys].join('.'),
    valueAt(value, keys),
    expected,
  );
}
