/** What a call came to: its value, or the code (or name) of what it threw. */
export type Outcome = { readonly value: unknown } | { readonly threw: string };

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
 * For the tests that prove options are read as own properties only: the outcomes of `calls`, each run once
 * while `Object.prototype` carries `values` (put there as a plain assignment would: enumerable, writable;
 * or not enumerable, to leave out what `for…in` loops of other libraries make of them) and once on the
 * clean prototype, which it always restores (in `finally`), plus each call run with `values` passed as its
 * options, which shows what a call would give if it read them. A call's options argument is the object it
 * gets: `{}` for the clean and the polluted runs. A call may return a promise: it is awaited, the prototype
 * still polluted.
 *
 * @param values - what to put on `Object.prototype`: keys it must not already have.
 * @param calls - each call, given the options object to pass on.
 * @param enumerable - whether the polluted properties are enumerable (default `true`).
 * @returns `clean`, `polluted` and `explicit` outcomes, in the order of `calls`.
 */
export async function withPollutedPrototype(
  values: Readonly<Record<string, unknown>>,
  calls: readonly ((options: Readonly<Record<string, unknown>>) => unknown)[],
  enumerable = true,
): Promise<{
  readonly clean: readonly Outcome[];
  readonly polluted: readonly Outcome[];
  readonly explicit: readonly Outcome[];
}> {
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
  return { clean, polluted, explicit };
}
