import * as z from 'zod/mini';

/** How many parses a schema runs on zod's interpreter before it compiles itself. */
const HOT_AFTER = 1000;

type Run = z.core.$ZodTypeInternals['run'];
interface CompiledBag {
  fallbackRun?: unknown;
  validator?: unknown;
}

/**
 * @internal Lets a schema compile itself with zod's `z.compile` once it has run {@link HOT_AFTER} synchronous
 * parses (a CSV of a million rows, a large dataset), the way zod's own `zod/compile` mode does on the first
 * parse: the compiled fast path returns the same values, and any input it rejects is parsed again by the
 * interpreter, so issues, paths and messages stay exactly the same. A few parses never pay the compilation
 * (milliseconds); with `z.config({ jitless: true })` (a page whose CSP forbids `eval`) it never compiles.
 * The schema is changed in place and returned.
 */
/* @__NO_SIDE_EFFECTS__ */
export function compileWhenHot<T extends z.core.$ZodType>(schema: T): T {
  const internals = schema._zod;
  const runtime = internals.run;
  let parses = 0;
  const counting: Run = (payload, ctx) => {
    if (!ctx?.async && ctx?.direction !== 'backward' && !ctx?.skipChecks) {
      parses += 1;
      if (parses === HOT_AFTER) {
        internals.run = runtime;
        if (z.config().jitless !== true) {
          const compiled = z.compile(schema);
          if (compiled !== schema) {
            const bag = internals.bag as CompiledBag;
            const compiledBag = compiled._zod.bag as CompiledBag;
            internals.run = compiled._zod.run;
            bag.fallbackRun = compiledBag.fallbackRun;
            bag.validator = compiledBag.validator;
          }
        }
      }
    }
    return runtime(payload, ctx);
  };
  // Lets a caller's own z.compile(schema) reach the interpreter behind this counter, as zod's shim does.
  Object.assign(counting, { __originalRun: runtime });
  internals.run = counting;
  return schema;
}
