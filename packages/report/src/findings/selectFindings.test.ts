import { describe, expect, it } from 'vitest';
import { manyResult } from '../../test/manyFindings';
import { selectFindings } from './selectFindings';

describe('selectFindings', () => {
  const result = manyResult();

  it('keeps the errors only, with counts that add up to what it lists', () => {
    const errors = selectFindings(result, { minSeverity: 'error' });
    expect(errors.findings.every((item) => item.finding.severity === 'error')).toBe(true);
    expect(errors.findings).toHaveLength(errors.report.findings.total);
    expect(errors.report.findings.bySeverity).toEqual({
      error: result.report.findings.bySeverity.error,
      warning: 0,
      info: 0,
    });
    expect(errors.report.findings.byCode.map((entry) => entry.severity)).not.toContain('warning');
    expect(errors.report.projects).toBe(result.report.projects);
  });

  it("keeps every count with counts: 'all', and selects by code", () => {
    const duplicates = selectFindings(
      result,
      { codes: ['DUPLICATE_PROJECT_ID'] },
      { counts: 'all' },
    );
    expect(duplicates.report.findings.total).toBe(result.report.findings.total);
    expect(duplicates.report.findings.byCode.map((entry) => entry.code)).toEqual([
      'DUPLICATE_PROJECT_ID',
    ]);
    expect(duplicates.findings.length).toBeGreaterThan(0);
  });

  it('gives the result itself for a filter that selects all, and coded errors for bad input', () => {
    expect(selectFindings(result, {})).toBe(result);
    expect(() => selectFindings({} as typeof result, {})).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => selectFindings(result, {}, { counts: 'some' as 'all' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
