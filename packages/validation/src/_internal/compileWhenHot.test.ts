import { type Project, SEED_DATASET } from '@khuyencong/domain';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { viErrorMap } from '../locale/viErrorMap';
import { projectSchema } from '../schemas/modelSchemas';
import { compileWhenHot } from './compileWhenHot';

const seeds = SEED_DATASET.projects as readonly Project[];
const compiled = (schema: z.core.$ZodType) =>
  typeof (schema._zod.bag as { validator?: unknown }).validator === 'function';
const warm = (schema: z.ZodMiniType, times: number) => {
  for (let index = 0; index < times; index += 1) schema.safeParse(seeds[index % seeds.length]);
};
/** What a caller can see of a parse: success, the output, every issue with its path and message. */
const seen = (schema: z.ZodMiniType, value: unknown, error?: z.core.$ZodErrorMap) => {
  const result = schema.safeParse(value, error === undefined ? undefined : { error });
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

// Values a CSV row or a JSON file may hold where a project has a field.
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1.000.000',
    '1e6',
    '899000000',
    '2024-02-29',
    '2023-02-29',
    'national',
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
);
const KEYS = [
  'id',
  'title',
  'activity',
  'fund',
  'year',
  'status',
  'totalCost',
  'eligibleCost',
  'extra',
] as const;
const project = fc
  .record({
    seed: fc.constantFrom(...seeds),
    changes: fc.array(fc.tuple(fc.constantFrom(...KEYS), cell), { maxLength: 3 }),
    funding: fc.option(fc.dictionary(fc.constantFrom('national', 'local', 'x'), cell)),
    asOf: fc.option(cell),
  })
  .map(({ seed, changes, funding, asOf }) => {
    const value: Record<string, unknown> = { ...seed, ...Object.fromEntries(changes) };
    if (funding !== null) value['funding'] = funding;
    if (asOf !== null) value['location'] = { ...seed.location, asOf };
    return value;
  });

describe('compileWhenHot', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('compiles projectSchema once it is hot, and it then answers exactly as the interpreter', () => {
    const interpreter = z.clone(projectSchema);
    warm(projectSchema, 1000);
    expect([compiled(projectSchema), compiled(interpreter)]).toEqual([true, false]);
    fc.assert(
      fc.property(project, fc.boolean(), (value, vietnamese) => {
        const error = vietnamese ? viErrorMap() : undefined;
        expect(seen(projectSchema, value, error)).toEqual(seen(interpreter, value, error));
      }),
      { numRuns: 300 },
    );
  });

  it('does not compile a schema parsed a few times', () => {
    const schema = compileWhenHot(z.clone(projectSchema));
    warm(schema, 999);
    expect(compiled(schema)).toBe(false);
    warm(schema, 1);
    expect(compiled(schema)).toBe(true);
  });

  it('never compiles under jitless (a page whose CSP forbids eval)', () => {
    z.config({ jitless: true });
    const schema = compileWhenHot(z.clone(projectSchema));
    warm(schema, 2000);
    expect([compiled(schema), schema.safeParse(seeds[1]).success]).toEqual([false, true]);
  });
});
