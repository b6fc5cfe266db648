import { isDeepStrictEqual } from 'node:util';

/** What a call came to: its value, or the code (or name) of what it threw. */
export type Outcome = { readonly value: unknown } | { readonly threw: string };

/** A call whose outcome the polluted prototype changed. */
export interface PollutedCall {
  readonly index: number;
  readonly clean: Outcome;
  readonly polluted: Outcome;
}

function thrown(error: unknown): Outcome {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return { threw: typeof code === 'string' ? code : String((error as Error | null)?.name) };
}

/** Runs each call in turn, awaiting what it returns, so that all of it runs where the caller is. */
async function outcomesOf(
  calls: readonly ((options: Readonly<Record<string, unknown>>) => unknown)[],
  options: () => Readonly<Record<string, unknown>>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const call of calls) {
    try {
      outcomes.push({ value: await call(options()) });
    } catch (error) {
      outcomes.push(thrown(error));
    }
  }
  return outcomes;
}

/**
 * For the tests that prove options are read as own properties only. Runs each of `calls` three times: with
 * `{}` on the clean prototype; with `{}` while `Object.prototype` carries `values` (put there as a plain
 * assignment would: enumerable, writable; or not enumerable, to leave out what `for…in` loops of other
 * libraries make of them), restored in `finally`; and with `values` passed as its options, which shows that
 * the call would give another outcome if it read them. A call may return a promise: it is awaited, the
 * prototype still polluted. A test expects `{ changed: [], insensitive: [] }`.
 *
 * @param values - what to put on `Object.prototype`: keys it must not already have.
 * @param calls - each call, given the options object to pass on.
 * @param enumerable - whether the polluted properties are enumerable (default `true`).
 * @returns `changed`: the calls whose outcome the pollution changed; `insensitive`: the indexes of the calls
 *   that give the same outcome with `values` passed (they would not show a polluted read).
 */
export async function withPollutedPrototype(
  values: Readonly<Record<string, unknown>>,
  calls: readonly ((options: Readonly<Record<string, unknown>>) => unknown)[],
  enumerable = true,
): Promise<{ readonly changed: readonly PollutedCall[]; readonly insensitive: readonly number[] }> {
  const prototype = Object.prototype as Record<string, unknown>;
  const keys = Object.keys(values);
  const taken = keys.filter((key) => key in prototype);
  if (taken.length > 0) throw new Error(`Object.prototype already has ${taken.join(', ')}`);
  const clean = await outcomesOf(calls, () => ({}));
  const explicit = await outcomesOf(calls, () => ({ ...values }));
  let polluted: readonly Outcome[];
  try {
    for (const key of keys) {
      Object.defineProperty(prototype, key, {
        value: values[key],
        enumerable,
        writable: true,
        configurable: true,
      });
    }
    polluted = await outcomesOf(calls, () => ({}));
  } finally {
    for (const key of keys) delete prototype[key];
  }
  const changed: PollutedCall[] = [];
  const insensitive: number[] = [];
  clean.forEach((outcome, index) => {
    const after = polluted[index] as Outcome;
    if (!isDeepStrictEqual(after, outcome))
      changed.push({ index, clean: outcome, polluted: after });
    if (isDeepStrictEqual(explicit[index], outcome)) insensitive.push(index);
  });
  return { changed, insensitive };
}
