import { isKhuyenCongError } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { defineRule } from './defineRule';
import { runRules } from './runRules';

const reference = { document: 'tt-28-2018-btc', article: '8' } as const;
const over = (limit: number) =>
  defineRule<number>({
    code: 'OVER_LIMIT',
    severity: 'error',
    legalReference: reference,
    effectiveFrom: '2018-05-11',
    effectiveTo: '2025-10-14',
    check: (value) => (value > limit ? { details: { value, limit }, path: ['value'] } : undefined),
  });

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('runRules', () => {
  it('applies a rule only between its dates, both inclusive', () => {
    const rules = [over(10)];
    expect(runRules(rules, 11, { asOf: '2018-05-10' }).ok).toBe(true);
    expect(runRules(rules, 11, { asOf: '2018-05-11' }).ok).toBe(false);
    expect(runRules(rules, 11, { asOf: '2025-10-14' }).ok).toBe(false);
    expect(runRules(rules, 11, { asOf: new Date(2025, 9, 15) }).ok).toBe(true);
  });

  it('builds findings with code, message key, rule id, path and legal reference', () => {
    expect(runRules([over(10)], 11, { asOf: '2020-01-01' }).findings).toEqual([
      {
        code: 'OVER_LIMIT',
        severity: 'error',
        messageKey: 'OVER_LIMIT',
        rule: 'OVER_LIMIT',
        details: { value: 11, limit: 10 },
        path: ['value'],
        legalReference: reference,
      },
    ]);
  });

  it('is ok with warnings and infos only', () => {
    const warn = defineRule<number>({
      code: 'ODD',
      severity: 'warning',
      legalReference: reference,
      check: (value) =>
        value % 2 === 1 ? [{ details: { value } }, { details: { value } }] : undefined,
    });
    const result = runRules([warn], 3, { asOf: '2020-01-01' });
    expect([result.ok, result.findings.length]).toEqual([true, 2]);
  });

  it('rejects duplicate ids, a bad asOf, and wraps a throwing rule', () => {
    expect(
      isKhuyenCongError(
        thrown(() => runRules([over(1), over(2)], 0, { asOf: '2020-01-01' })),
        ['INVALID_RULE'],
      ),
    ).toBe(true);
    expect(
      isKhuyenCongError(
        thrown(() => runRules([over(1)], 0, { asOf: '2020-13-01' })),
        ['INVALID_OPTION'],
      ),
    ).toBe(true);
    expect(
      isKhuyenCongError(
        thrown(() => runRules([over(1)], 0, undefined as never)),
        ['INVALID_OPTION'],
      ),
    ).toBe(true);
    const broken = defineRule<number>({
      code: 'BROKEN',
      severity: 'error',
      legalReference: reference,
      check: () => {
        throw new TypeError('bug');
      },
    });
    const error = thrown(() => runRules([broken], 0, { asOf: '2020-01-01' }));
    expect(isKhuyenCongError(error, ['RULE_FAILED'])).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe('defineRule', () => {
  it('rejects bad definitions where they are written', () => {
    const base = {
      code: 'X',
      severity: 'error',
      legalReference: reference,
      check: () => undefined,
    } as const;
    for (const bad of [
      { ...base, code: 'lower_case' },
      { ...base, severity: 'fatal' },
      { ...base, legalReference: undefined },
      { ...base, effectiveFrom: '2025-10-15', effectiveTo: '2025-10-14' },
      { ...base, effectiveFrom: '15/10/2025' },
      { ...base, check: 'no' },
      { ...base, id: '' },
    ]) {
      expect(
        isKhuyenCongError(
          thrown(() => defineRule(bad as never)),
          ['INVALID_RULE'],
        ),
        JSON.stringify(bad),
      ).toBe(true);
    }
    expect(defineRule({ ...base, id: 'my-province/X' }).id).toBe('my-province/X');
    expect(Object.isFrozen(defineRule(base))).toBe(true);
  });
});
