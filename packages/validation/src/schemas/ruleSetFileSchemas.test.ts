import { readFileSync } from 'node:fs';
import {
  BUILT_IN_RULE_SETS,
  computeSupport,
  createRuleSetRegistry,
  type RuleSet,
} from '@khuyencong/calc';
import { getLegalDocument, type LegalDocument } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { viErrorMap } from '../locale/viErrorMap';
import type { RuleSetFile } from './RuleSetFile';
import {
  type legalDocumentSchema,
  ruleSetFileSchema,
  type ruleSetSchema,
} from './ruleSetFileSchemas';
import { toJsonSchemas } from './toJsonSchemas';

const DAK_LAK_FILE: unknown = JSON.parse(
  readFileSync(
    new URL('../../../../examples/provincial-system/rules/dak-lak-2025.json', import.meta.url),
    'utf8',
  ),
);
const dakLak = DAK_LAK_FILE as RuleSet;
// The province's own resolution, as a rule-set file would define it (the registry's entry, as plain data).
const RESOLUTION: LegalDocument = structuredClone(
  getLegalDocument('nq-hdnd-dak-lak-2025-khuyen-cong'),
);

/** `path: code` of every issue, in order. */
function issues(value: unknown): string[] {
  const result = ruleSetFileSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
}

describe('ruleSetFileSchema', () => {
  it('has the normalised file as output (compile-time)', () => {
    expectTypeOf<z.output<typeof ruleSetFileSchema>>().toEqualTypeOf<RuleSetFile>();
    expectTypeOf<z.output<typeof ruleSetSchema>>().toEqualTypeOf<RuleSet>();
    expectTypeOf<z.output<typeof legalDocumentSchema>>().toEqualTypeOf<LegalDocument>();
  });

  it('reads the Đắk Lắk example file in each of the three forms to the same rule set', () => {
    const expected = { legalDocuments: [], ruleSets: [DAK_LAK_FILE] };
    expect(ruleSetFileSchema.parse(DAK_LAK_FILE)).toEqual(expected);
    expect(ruleSetFileSchema.parse([DAK_LAK_FILE])).toEqual(expected);
    expect(ruleSetFileSchema.parse({ ruleSets: [DAK_LAK_FILE] })).toEqual(expected);
    expect(
      ruleSetFileSchema.parse({
        $schema: './ruleSetFile.schema.json',
        legalDocuments: [RESOLUTION],
        ruleSets: [DAK_LAK_FILE],
      }),
    ).toEqual({ legalDocuments: [RESOLUTION], ruleSets: [DAK_LAK_FILE] });
  });

  it('gives calc rule sets it can use', () => {
    const { ruleSets } = ruleSetFileSchema.parse(DAK_LAK_FILE);
    const support = computeSupport({
      registry: createRuleSetRegistry(ruleSets),
      fund: 'local',
      province: 'dak-lak-2025',
      date: '2025-08-01',
      activity: 'demonstration-model',
      eligibleCost: '5000000000',
    });
    expect([support.ruleSetId, support.limit]).toEqual([dakLak.id, '800000000']);
  });

  it('accepts every built-in rule set unchanged, in any form', () => {
    fc.assert(
      fc.property(
        fc.subarray([...BUILT_IN_RULE_SETS], { minLength: 1 }),
        fc.constantFrom('one', 'list', 'object'),
        (ruleSets, form) => {
          const input = form === 'list' ? ruleSets : form === 'object' ? { ruleSets } : ruleSets[0];
          const expected = form === 'one' ? ruleSets.slice(0, 1) : ruleSets;
          expect(ruleSetFileSchema.parse(structuredClone(input))).toEqual({
            legalDocuments: [],
            ruleSets: expected,
          });
        },
      ),
    );
  });

  it('names the path of each mistake in the form the file uses', () => {
    const [first, second] = dakLak.rules as [RuleSet['rules'][number], RuleSet['rules'][number]];
    expect(
      issues({ ...dakLak, rules: [{ ...first, cap: 800000000, maxRatePercent: '30%' }] }),
    ).toEqual(['rules.0.maxRatePercent: invalid_format', 'rules.0.cap: invalid_type']);
    expect(issues([dakLak, { ...dakLak, fund: 'province', effectiveFrom: '2025-02-30' }])).toEqual([
      '1.fund: invalid_value',
      '1.effectiveFrom: invalid_format',
    ]);
    expect(
      issues({
        legalDocuments: [{ ...RESOLUTION, kind: 'nghi-quyet', number: '' }],
        ruleSets: [
          { ...dakLak, rules: [first, { ...second, activity: 'tourism', rateBase: 'cost' }] },
        ],
      }),
    ).toEqual([
      'legalDocuments.0.number: too_small',
      'legalDocuments.0.kind: invalid_value',
      'ruleSets.0.rules.1.activity: invalid_value',
      'ruleSets.0.rules.1.rateBase: invalid_value',
    ]);
    expect(issues({ ...dakLak, confidence: { basis: 'secondary' }, maxRate: 30 })).toEqual([
      'confidence.level: invalid_value',
      ': unrecognized_keys',
    ]);
    expect(issues({ ruleSets: dakLak })).toEqual(['ruleSets: invalid_type']);
    expect(issues('dak-lak-2025.json')).toEqual([': invalid_type']);
    expect(issues(null)).toEqual([': invalid_type']);
  });

  it('words the issues of every form with the error map of the call', () => {
    const result = ruleSetFileSchema.safeParse(
      { ruleSets: [{ ...dakLak, effectiveFrom: 20250726 }] },
      { error: viErrorMap() },
    );
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Ngày có hiệu lực: cần chuỗi ký tự, nhận được số',
    ]);
  });

  it('checks the shape only: what the figures mean is left to calc', () => {
    const [first] = dakLak.rules as [RuleSet['rules'][number]];
    const { ruleSets } = ruleSetFileSchema.parse({
      ...dakLak,
      rules: [{ ...first, maxRatePercent: '150' }],
    });
    expect(() => createRuleSetRegistry(ruleSets)).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE_SET' }),
    );
  });

  it('has a JSON Schema of the three forms that forbids unknown keys', () => {
    const schema = toJsonSchemas().ruleSetFile as {
      anyOf: readonly { type: string; additionalProperties?: boolean; required?: string[] }[];
    };
    expect(schema.anyOf.map((form) => form.type)).toEqual(['object', 'array', 'object']);
    expect(schema.anyOf[0]?.additionalProperties).toBe(false);
    expect(schema.anyOf[0]?.required).toContain('effectiveFrom');
    expect(schema.anyOf[2]?.required).toEqual(['ruleSets']);
  });
});

describe('ruleSetFileSchema on a huge list', () => {
  it('answers one too_big issue for more than 1,000 rule sets, as a list or in a document', () => {
    const many = new Array<string>(100_000).fill('1');
    for (const [input, path] of [
      [many, []],
      [{ ruleSets: many }, ['ruleSets']],
    ] as const) {
      const issues = ruleSetFileSchema.safeParse(input).error?.issues;
      expect(issues?.map(({ code, path: at }) => ({ code, path: at }))).toEqual([
        { code: 'too_big', path },
      ]);
    }
  });
});

describe('ruleSetFileSchema on figures of more than 300 digits', () => {
  it('rejects a cap or a rate longer than a sign, 300 digits and a point, at its path', () => {
    const [first] = BUILT_IN_RULE_SETS as [RuleSet];
    const [rule] = first.rules;
    const cap = `1${'0'.repeat(301)}`;
    const rate = `1.${'0'.repeat(301)}`;
    const issues = ruleSetFileSchema
      .safeParse([{ ...first, rules: [{ ...rule, cap, maxRatePercent: rate }] }])
      .error?.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(issues).toEqual(['too_big 0.rules.0.maxRatePercent', 'too_big 0.rules.0.cap']);
  });
});
