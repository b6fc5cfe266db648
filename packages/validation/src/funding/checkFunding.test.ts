import { TT_28_2018 } from '@khuyencong/calc';
import { type Project, SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { checkFunding } from './checkFunding';

const [vietSec, phuYen, dakLak] = SEED_DATASET.projects as [Project, Project, Project];
const declared = { noDoubleFundingDeclared: true } as const;
const codes = (project: unknown, options: Parameters<typeof checkFunding>[1]) =>
  checkFunding(project, options).findings.map((finding) => finding.code);

const machinery = (support: `${bigint}`, extra: Partial<Project> = {}): Project => ({
  ...phuYen,
  ...declared,
  fund: 'national',
  totalCost: '1000000000',
  funding: { national: support },
  ...extra,
});

describe('checkFunding: the cap (TT 28/2018/TT-BTC Điều 8.4, via computeSupport)', () => {
  it('accepts exactly the cap and rejects one đồng over', () => {
    const options = { asOf: '2024-06-01', ruleSet: TT_28_2018 };
    expect(codes(machinery('300000000'), options)).toEqual([
      'COUNTERPART_IMPLIED',
      'SETTLEMENT_DUE',
    ]);
    const over = checkFunding(machinery('300000001'), options);
    expect(over.ok).toBe(false);
    expect(over.findings[0]).toMatchObject({
      code: 'SUPPORT_EXCEEDS_LIMIT',
      details: { support: '300000001', limit: '300000000', capLimit: '300000000', excess: '1' },
      path: ['funding', 'national'],
      legalReference: { document: 'tt-28-2018-btc', article: '8', clause: '4' },
    });
  });

  it('selects the rule set by date: TTLT 26/2014 until 10/05/2018, TT 28/2018 from 11/05/2018', () => {
    const project = machinery('250000000');
    expect(checkFunding(project, { asOf: '2018-05-10' }).findings[0]).toMatchObject({
      code: 'SUPPORT_EXCEEDS_LIMIT',
      details: { limit: '200000000', ruleSetId: expect.stringMatching(/26-2014/) },
    });
    expect(checkFunding(project, { asOf: '2018-05-11' }).ok).toBe(true);
  });

  it('accepts the Phú Yên seed project (286 of 899 triệu, machinery)', () => {
    expect(codes({ ...phuYen, ...declared }, { asOf: '2024-03-01', ruleSet: TT_28_2018 })).toEqual(
      [],
    );
  });

  it('warns, without guessing, when no cap is known for the activity or province', () => {
    const result = checkFunding({ ...vietSec, ...declared }, { asOf: '2024-03-01' });
    expect(result.ok).toBe(true);
    expect(result.findings[0]).toMatchObject({
      code: 'SUPPORT_LIMIT_UNKNOWN',
      severity: 'warning',
      details: { activity: 'cleaner-production-pilot', fund: 'local' },
    });
  });
});

describe('checkFunding: parts, counterpart and declarations', () => {
  const options = { asOf: '2024-03-01', ruleSet: TT_28_2018 };

  it('requires declared parts to add up to the total', () => {
    const result = checkFunding(
      { ...phuYen, ...declared, funding: { local: '286000000', counterpart: '612999999' } },
      options,
    );
    expect(result.findings[0]).toMatchObject({
      code: 'FUNDING_PARTS_MISMATCH',
      details: { sum: '898999999', totalCost: '899000000', difference: '-1' },
    });
  });

  it('reports the implied counterpart, and a negative one as an error', () => {
    expect(checkFunding({ ...dakLak, ...declared }, options).findings[0]).toMatchObject({
      code: 'COUNTERPART_IMPLIED',
      details: { counterpart: '610000000' },
    });
    const negative = checkFunding(machinery('200000000', { totalCost: '199999999' }), options);
    expect(negative.findings.map((finding) => finding.code)).toContain('COUNTERPART_NEGATIVE');
  });

  it('flags two state sources and a missing no-double-funding declaration', () => {
    const both = machinery('100000000', { funding: { national: '100000000', local: '50000000' } });
    expect(codes(both, options)).toContain('STATE_SOURCES_COMBINED');
    expect(
      checkFunding({ ...phuYen }, options).findings.map((finding) => [
        finding.code,
        finding.severity,
      ]),
    ).toEqual([['DOUBLE_FUNDING_DECLARATION_MISSING', 'warning']]);
    const refused = checkFunding({ ...phuYen, noDoubleFundingDeclared: false }, options);
    expect([refused.ok, refused.findings[0]?.rule]).toEqual([
      false,
      'DOUBLE_FUNDING_DECLARATION_MISSING/refused',
    ]);
  });

  it('limits the advance to 70% of the support', () => {
    const project = { ...phuYen, ...declared };
    expect(checkFunding(project, { ...options, advance: 200_200_000 }).ok).toBe(true);
    const over = checkFunding(project, { ...options, advance: '200200001' });
    expect(over.findings[0]).toMatchObject({
      code: 'ADVANCE_EXCEEDS_LIMIT',
      details: { advance: '200200001', maxAdvance: '200200000', support: '286000000', excess: '1' },
    });
    expect(() => checkFunding(project, { ...options, advance: 1.5 })).toThrow(/advance/);
  });

  it('reports the settlement deadline of national funds: 22/01 of the next year', () => {
    const result = checkFunding(machinery('300000000', { year: 2024 }), options);
    expect(result.findings.at(-1)).toMatchObject({
      code: 'SETTLEMENT_DUE',
      severity: 'info',
      details: { dueOn: '2025-01-22', year: 2024 },
    });
  });

  it('returns INVALID_FIELD findings for malformed projects and needs a date', () => {
    expect(checkFunding({ ...phuYen, totalCost: 8.99e8 + 0.5 }, options).findings[0]?.code).toBe(
      'INVALID_FIELD',
    );
    expect(() => checkFunding(phuYen)).toThrow(/asOf/);
  });
});

describe('checkFunding: prevalidated input', () => {
  const options = { asOf: '2024-06-01', ruleSet: TT_28_2018 } as const;

  it('gives the same findings as the parsing path for valid projects', () => {
    for (const project of [vietSec, phuYen, dakLak, machinery('300000001'), machinery('1')]) {
      expect(checkFunding(project, { ...options, prevalidated: true })).toEqual(
        checkFunding(project, options),
      );
    }
    expect(checkFunding(phuYen, { ...options, prevalidated: false })).toEqual(
      checkFunding(phuYen, options),
    );
  });

  it('skips the schema parse (the caller vouches for the data)', () => {
    const unparsed = { ...machinery('300000000'), title: '' };
    expect(codes(unparsed, options)).toContain('INVALID_FIELD');
    expect(codes(unparsed, { ...options, prevalidated: true })).toEqual([
      'COUNTERPART_IMPLIED',
      'SETTLEMENT_DUE',
    ]);
  });

  it('rejects a prevalidated option that is not a boolean', () => {
    expect(() =>
      checkFunding(phuYen, { ...options, prevalidated: 'yes' as unknown as boolean }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('checkFunding: options given as one frozen object, call after call', () => {
  it('gives the findings of the same options unfrozen, for every project and call', () => {
    const frozen = Object.freeze({ asOf: '2024-06-01', ruleSet: TT_28_2018, prevalidated: true });
    for (const support of ['300000000', '300000001', '0'] as const) {
      for (let call = 0; call < 3; call++) {
        expect(checkFunding(machinery(support), frozen)).toEqual(
          checkFunding(machinery(support), { ...frozen }),
        );
      }
    }
  });

  it('reads a getter of a frozen options object on every call', () => {
    let reads = 0;
    const options = Object.freeze({
      get asOf() {
        reads += 1;
        return reads === 1 ? '2018-05-10' : '2024-06-01';
      },
    });
    const project = machinery('250000000');
    expect(codes(project, options)[0]).toBe('SUPPORT_EXCEEDS_LIMIT');
    expect(codes(project, options)[0]).toBe('COUNTERPART_IMPLIED');
    expect(reads).toBe(2);
  });

  it('still rejects a frozen options object that is not a plain object, every time', () => {
    const frozen = Object.freeze(['2024-06-01']);
    for (let call = 0; call < 2; call++) {
      expect(() => checkFunding(machinery('1'), frozen as never)).toThrow(/plain object/);
    }
  });
});
