import {
  type Certificate,
  type LegalReference,
  type Project,
  SEED_DATASET,
  type SeedDataset,
} from '@khuyencong/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Matches } from '../_internal/typeEquality';
import { createModelSchemas } from './createModelSchemas';
import { isoDateSchema } from './isoDateSchema';
import {
  annualPlanSchema,
  certificateSchema,
  type legalReferenceSchema,
  periodSchema,
  projectSchema,
  seedDatasetSchema,
} from './modelSchemas';

const [vietSec, phuYen] = SEED_DATASET.projects as [Project, Project, Project];

describe('model schemas', () => {
  it('have the domain types as output (compile-time)', () => {
    expectTypeOf<z.output<typeof projectSchema>>().toEqualTypeOf<Project>();
    expectTypeOf<z.output<typeof certificateSchema>>().toEqualTypeOf<Certificate>();
    expectTypeOf<z.output<typeof seedDatasetSchema>>().toEqualTypeOf<SeedDataset>();
    expectTypeOf<z.output<typeof legalReferenceSchema>>().toEqualTypeOf<LegalReference>();
    // The drift check itself tells a missing optional key from a present one.
    expectTypeOf<Matches<{ a: string }, { a?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<
      Matches<{ readonly a: readonly string[] }, { a: string[] }>
    >().toEqualTypeOf<true>();
  });

  it('accept the seed dataset unchanged, without mutating it', () => {
    const before = structuredClone(SEED_DATASET);
    expect(seedDatasetSchema.parse(SEED_DATASET)).toEqual(SEED_DATASET);
    expect(SEED_DATASET).toEqual(before);
  });

  it('normalise amounts given as numbers or bigints', () => {
    const parsed = projectSchema.parse({
      ...phuYen,
      totalCost: 899_000_000,
      funding: { local: 286_000_000n, counterpart: '613000000' },
    });
    expect(parsed.totalCost).toBe('899000000');
    expect(parsed.funding).toEqual({ local: '286000000', counterpart: '613000000' });
  });

  it('reject negative costs and fractional đồng at their path', () => {
    const result = projectSchema.safeParse({ ...vietSec, funding: { local: -300_000_000 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['funding', 'local']);
    expect(projectSchema.safeParse({ ...vietSec, eligibleCost: '1360000000.5' }).success).toBe(
      false,
    );
  });

  it('reject unknown keys in strict mode and strip them otherwise', () => {
    const extra = { ...vietSec, location: { ...vietSec.location, ward: 'x' } };
    const strict = projectSchema.safeParse(extra);
    expect(strict.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['ward'],
      path: ['location'],
    });
    expect(createModelSchemas({ unknownKeys: 'strip' }).project.parse(extra).location).toEqual(
      vietSec.location,
    );
  });

  it('never let __proto__ or constructor reach an object', () => {
    const json = `{"scope":{"kind":"national","__proto__":{"polluted":true}},"year":2024,"constructor":{"prototype":{"x":1}}}`;
    expect(annualPlanSchema.safeParse(JSON.parse(json)).success).toBe(false);
    const stripped = createModelSchemas({ unknownKeys: 'strip' }).annualPlan.parse(
      JSON.parse(json),
    );
    expect(stripped).toEqual({ scope: { kind: 'national' }, year: 2024 });
    expect(Object.getPrototypeOf(stripped.scope)).toBe(Object.prototype);
    expect(Object.hasOwn(stripped.scope, '__proto__')).toBe(false);
    expect(Object.hasOwn(stripped, 'constructor')).toBe(false);
    expect('polluted' in {}).toBe(false);
  });

  it('check the certificate fields that depend on its kind', () => {
    const base = { productName: 'Nón lá', holder: 'HTX', issuedOn: '2024-09-15' };
    const typical = { ...base, kind: 'rural-industrial-typical-product' as const };
    expect(certificateSchema.safeParse({ ...typical, level: 'regional' }).success).toBe(true);
    expect(certificateSchema.safeParse(typical).success).toBe(false);
    expect(certificateSchema.safeParse({ ...typical, level: 'regional', stars: 4 }).success).toBe(
      false,
    );
    expect(
      certificateSchema.safeParse({ ...typical, level: 'regional', revokedOn: '2024-09-14' })
        .success,
    ).toBe(false);
    expect(
      certificateSchema.safeParse({ ...typical, level: 'regional', revokedOn: '2024-09-15' })
        .success,
    ).toBe(true);
  });

  it('check period indexes and multi-year ends', () => {
    expect(periodSchema.safeParse({ kind: 'month', year: 2024, index: 12 }).success).toBe(true);
    expect(periodSchema.safeParse({ kind: 'half-year', year: 2024, index: 3 }).success).toBe(false);
    expect(periodSchema.safeParse({ kind: 'year', year: 2024, index: 1 }).success).toBe(false);
    expect(periodSchema.safeParse({ kind: 'multi-year', year: 2021, endYear: 2025 }).success).toBe(
      true,
    );
    expect(periodSchema.safeParse({ kind: 'multi-year', year: 2021, endYear: 2021 }).success).toBe(
      false,
    );
    expect(periodSchema.safeParse({ kind: 'year', year: 2024.5 }).success).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it('accepts calendar dates only', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-10-15').success).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2024-04-31',
      '2024-01-01T00:00:00Z',
      '0999-01-01',
      new Date(2024, 0, 1),
      1_704_067_200_000,
    ]) {
      expect(isoDateSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});

describe('reported percents of more than 300 digits', () => {
  it('are too_big, a 300-digit one is read', () => {
    const report = SEED_DATASET.reports[0];
    const percent = (value: string) =>
      createModelSchemas()
        .periodReport.safeParse({ ...report, reportedAttainment: { percent: value } })
        .error?.issues.map((issue) => issue.code);
    expect(percent(`9${'0'.repeat(299)}.5`)).toBeUndefined();
    expect(percent(`9${'0'.repeat(300)}.5`)).toEqual(['too_big']);
  });
});
