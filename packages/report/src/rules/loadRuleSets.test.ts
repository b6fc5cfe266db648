import { readFileSync } from 'node:fs';
import { lookupSupport } from '@khuyencong/calc';
import { describe, expect, it } from 'vitest';
import { loadRuleSets } from './loadRuleSets';

const DAK_LAK = readFileSync(
  new URL('../../../../examples/provincial-system/rules/dak-lak-2025.json', import.meta.url),
  'utf8',
);
const RESOLUTION = {
  id: 'nq-hdnd-phu-yen-2026',
  number: '05/2026/NQ-HĐND',
  kind: 'resolution',
  issuer: 'Hội đồng nhân dân tỉnh Phú Yên',
  title: 'Nghị quyết quy định nội dung, mức hỗ trợ khuyến công địa phương',
  effectiveFrom: '2026-01-01',
  confidence: { basis: 'read', level: 'high' },
};
const PHU_YEN = {
  id: 'phu-yen-2026',
  name: 'Mức hỗ trợ khuyến công địa phương tỉnh Phú Yên',
  fund: 'local',
  province: 'phu-yen',
  legalDocuments: ['nq-hdnd-phu-yen-2026'],
  effectiveFrom: '2026-01-01',
  confidence: { basis: 'read', level: 'high' },
  rules: [
    {
      activity: 'machinery',
      maxRatePercent: '50',
      cap: '400000000',
      legalReference: { document: 'nq-hdnd-phu-yen-2026', article: '4', clause: '2' },
      confidence: { basis: 'read', level: 'high' },
    },
  ],
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('loadRuleSets', () => {
  it("loads the Đắk Lắk example file: its levels apply to the province's local fund from 26/07/2025, in place of calc's copy", () => {
    const { ruleSets, files } = loadRuleSets([{ source: 'dak-lak-2025.json', text: DAK_LAK }]);
    expect(files).toEqual([
      {
        source: 'dak-lak-2025.json',
        ruleSetIds: ['dak-lak-2025-provincial-config'],
        documentIds: [],
        replaces: ['dak-lak-2025'],
      },
    ]);
    const lookup = lookupSupport({
      registry: ruleSets,
      fund: 'local',
      province: 'dak-lak-2025',
      date: '2025-09-01',
      activity: 'cleaner-production-pilot',
      eligibleCost: '1360000000',
    });
    expect(lookup.found && [lookup.support.amount, lookup.support.ruleSetId]).toEqual([
      '400000000',
      'dak-lak-2025-provincial-config',
    ]);
  });

  it('accepts a file that defines its own resolution, and keeps the built-in rule sets', () => {
    const text = JSON.stringify({ legalDocuments: [RESOLUTION], ruleSets: [PHU_YEN] });
    const { ruleSets, documents } = loadRuleSets([{ source: 'phu-yen.json', text }]);
    expect(documents['nq-hdnd-phu-yen-2026']?.number).toBe('05/2026/NQ-HĐND');
    expect(ruleSets.find({ fund: 'national', date: '2024-01-01' })?.id).toBe('tt-28-2018');
    expect(ruleSets.find({ fund: 'local', province: 'phu-yen', date: '2026-02-01' })?.id).toBe(
      'phu-yen-2026',
    );
  });

  it('names the line and column of bad JSON, the path and issue of a bad shape, and unknown documents', () => {
    expect(
      thrown(() => loadRuleSets([{ source: 'a.json', text: '{\n  "ruleSets": [,]\n}' }])),
    ).toMatchObject({
      code: 'RULE_SET_FILE_NOT_JSON',
      details: { source: 'a.json', line: '2', column: '16' },
    });
    const badCap = { ...PHU_YEN, rules: [{ ...PHU_YEN.rules[0], cap: '400.000.000' }] };
    expect(
      thrown(() =>
        loadRuleSets([
          {
            source: 'b.json',
            text: JSON.stringify({ legalDocuments: [RESOLUTION], ruleSets: [badCap] }),
          },
        ]),
      ),
    ).toMatchObject({
      code: 'RULE_SET_FILE_INVALID',
      details: { source: 'b.json', path: 'ruleSets.0.rules.0.cap' },
    });
    expect(
      thrown(() => loadRuleSets([{ source: 'c.json', text: JSON.stringify(PHU_YEN) }])),
    ).toMatchObject({
      code: 'UNKNOWN_LEGAL_DOCUMENT',
      details: { value: 'nq-hdnd-phu-yen-2026', source: 'c.json' },
    });
    const twice = JSON.stringify({ legalDocuments: [RESOLUTION, RESOLUTION], ruleSets: [] });
    expect(thrown(() => loadRuleSets([{ source: 'd.json', text: twice }]))).toMatchObject({
      code: 'RULE_SET_FILE_INVALID',
      details: { path: 'legalDocuments.1.id' },
    });
  });

  it("refuses a second rule set in force for the same province on the same days (calc's check)", () => {
    const text = JSON.stringify({
      legalDocuments: [RESOLUTION],
      ruleSets: [PHU_YEN, { ...PHU_YEN, id: 'phu-yen-again' }],
    });
    expect(thrown(() => loadRuleSets([{ source: 'e.json', text }]))).toMatchObject({
      code: 'INVALID_RULE_SET',
      details: { reason: 'overlapping-dates' },
    });
  });
});
