import { TT_28_2018 } from '@khuyencong/calc';
import { isKhuyenCongError, SEED_DATASET } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificateValidity,
  checkEligibility,
  checkFunding,
  eligibilityApplicationSchema,
  hasValidCertificate,
  projectSchema,
} from '../src/index';

const RUNS = { numRuns: 1000 };
const phuYen = SEED_DATASET.projects[1];
const application = {
  beneficiary: { kind: 'household-business' },
  activity: 'machinery',
  sector: 'cottage-industry',
  location: { provinceId: 'phu-yen', unitKind: 'commune' },
  approvalDate: '2024-03-01',
};
const certificate = {
  kind: 'rural-industrial-typical-product',
  level: 'regional',
  productName: 'Nón lá',
  holder: 'HTX',
  issuedOn: '2024-09-15',
};

const adversarial = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
  fc.constantFrom(
    '__proto__',
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    Number.NaN,
    -0,
    1e21,
    '1e6',
    '1.000.000',
  ),
);

/** A valid object with one field replaced by adversarial data, at any depth. */
function mutated(valid: object): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      paths.push([...path, key]);
      walk(child, [...path, key]);
    }
  };
  walk(valid, []);
  return fc
    .tuple(fc.constantFrom(...paths), adversarial, fc.boolean())
    .map(([path, junk, asKey]) => {
      const copy = structuredClone(valid) as Record<string, unknown>;
      let target = copy;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
      const last = path.at(-1) as string;
      if (asKey) target[`${last}_`] = junk;
      else target[last] = junk;
      return copy;
    });
}

/** Runs a check and returns its result, or the error if it was a documented one. */
function guarded<T>(run: () => T): T | 'documented-error' {
  try {
    return run();
  } catch (error) {
    expect(isKhuyenCongError(error, ['INVALID_INPUT', 'INVALID_OPTION']), String(error)).toBe(true);
    return 'documented-error';
  }
}

describe('bad input (fast-check)', () => {
  it('checkEligibility never throws, never says ok for invalid data, never mutates', () => {
    fc.assert(
      fc.property(fc.oneof(adversarial, mutated(application)), (input) => {
        const before = structuredClone(input);
        const result = guarded(() => checkEligibility(input, { asOf: '2025-11-01' }));
        expect(result).not.toBe('documented-error');
        if (result !== 'documented-error' && result.ok) {
          expect(eligibilityApplicationSchema.safeParse(input).success).toBe(true);
        }
        if (!fc.stringify(input).includes('Map')) expect(input).toEqual(before);
        expect('polluted' in {}).toBe(false);
      }),
      RUNS,
    );
  });

  it('checkFunding never returns ok for data the schema rejects, and never mutates', () => {
    fc.assert(
      fc.property(fc.oneof(adversarial, mutated(phuYen as object)), (input) => {
        const before = structuredClone(input);
        const result = guarded(() =>
          checkFunding(input, { asOf: '2024-03-01', ruleSet: TT_28_2018 }),
        );
        if (result !== 'documented-error' && result.ok) {
          expect(projectSchema.safeParse(input).success).toBe(true);
        }
        if (!projectSchema.safeParse(input).success && result !== 'documented-error') {
          expect(result.ok).toBe(false);
        }
        if (!fc.stringify(input).includes('Map')) expect(input).toEqual(before);
      }),
      RUNS,
    );
  });

  it('certificate functions throw only INVALID_INPUT or INVALID_OPTION', () => {
    fc.assert(
      fc.property(fc.oneof(adversarial, mutated(certificate)), adversarial, (input, asOf) => {
        const result = guarded(() => certificateValidity(input, { asOf: '2025-01-01' }));
        if (result !== 'documented-error' && result.valid)
          expect(result.daysRemaining).toBeGreaterThan(0);
        guarded(() => certificateValidity(certificate, { asOf: asOf as never }));
        guarded(() =>
          hasValidCertificate({ certificates: [input] }, { level: 'regional', asOf: '2025-01-01' }),
        );
      }),
      RUNS,
    );
  });
});
