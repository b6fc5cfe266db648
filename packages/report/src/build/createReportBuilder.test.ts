import { type Project, SEED_DATASET, type VndAmount } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedRecords } from '../../test/seedRecords';
import type { ImportRecord } from '../model/ImportRecord';
import type { LocatedFinding } from '../model/LocatedFinding';
import { createReportBuilder } from './createReportBuilder';

const PHU_YEN = SEED_DATASET.projects[1] as Project;

function project(id: string, cost: string, support: string, provinceId = 'phu-yen'): Project {
  const totalCost: VndAmount = `${BigInt(cost)}`;
  const local: VndAmount = `${BigInt(support)}`;
  return {
    ...PHU_YEN,
    id,
    totalCost,
    funding: { local, counterpart: `${BigInt(cost) - BigInt(support)}` },
    location: { provinceId, asOf: '2024-01-01' },
  };
}

function row(source: string, line: number, value: Project): ImportRecord {
  return { kind: 'project', project: value, origin: { source, line } };
}

describe('createReportBuilder', () => {
  it('reports the seed article: 78,6 tỷ planned, 73,5 tỷ achieved (93,51%), 3 projects for 3.059 triệu', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    for (const record of seedRecords()) builder.add(record);
    const { report, findings } = builder.build();
    expect(report.rows).toEqual({ read: 8, counted: 8, rejected: 0, totals: 0 });
    expect(report.attainment[0]).toMatchObject({
      scope: { kind: 'region', id: 'central-highlands' },
      year: 2023,
      planned: { amount: '78600000000' },
      achieved: { amount: '73500000000' },
      percent: '93.51',
      reportedPercent: '93.5',
    });
    expect(report.projects.total).toMatchObject({ count: 3, totalCost: '3059000000' });
    expect(
      report.projects.byProvince.map((group) => [group.key, group.count, group.regionIds]),
    ).toEqual([
      ['da-nang', 1, ['central-highlands']],
      ['phu-yen', 1, ['central-highlands']],
      ['dak-lak', 1, ['central-highlands']],
    ]);
    expect(report.consulting[0]).toMatchObject({ percent: '132.45', reportedPercent: '115.6' });
    expect(
      findings.find((item) => item.finding.code === 'REPORTED_PERCENT_INCONSISTENT')?.finding
        .details,
    ).toMatchObject({ reportedPercent: '115.6', planned: '6040000000', achieved: '8000000000' });
    // Every finding is kept, and the summary counts the same findings.
    expect(report.findings.total).toBe(findings.length);
    expect(report.findings.byCode.reduce((total, entry) => total + entry.count, 0)).toBe(
      findings.length,
    );
    expect(report.findings.bySeverity).toEqual({ error: 1, warning: 10, info: 8 });
  });

  it('counts a repeated project id once, as a rejected row with DUPLICATE_PROJECT_ID naming the first', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01', checks: [] });
    builder.add(row('a.csv', 2, project('DA-01', '1000000000', '300000000')));
    builder.add(row('b.csv', 7, project('DA-01', '1000000000', '300000000')));
    const { report, findings } = builder.build();
    expect(report.rows).toEqual({ read: 2, counted: 1, rejected: 1, totals: 0 });
    expect(report.projects.total.totalCost).toBe('1000000000');
    expect(findings).toEqual([
      {
        finding: {
          code: 'DUPLICATE_PROJECT_ID',
          severity: 'error',
          details: { id: 'DA-01', firstSource: 'a.csv', firstLine: 2 },
        },
        origin: { source: 'b.csv', line: 7 },
        projectId: 'DA-01',
      },
    ]);
  });

  it('names where a repeated id was first seen across many inputs, with or without a line', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01', checks: [] });
    const long = 'KC-DAK-LAK-2024-000001-BIS';
    const first: Project = project(long, '1000000000', '300000000');
    builder.add({
      kind: 'project',
      project: first,
      origin: { source: 'seed', path: 'projects[0]' },
    });
    for (let input = 0; input < 5; input++) {
      builder.add(row(`${input}.csv`, 4_000_000_000 + input, project(`DA-${input}`, '10', '1')));
    }
    builder.add(row('4.csv', 9, project(long, '1000000000', '300000000')));
    builder.add(row('0.csv', 3, project('DA-3', '10', '1')));
    const { report, findings } = builder.build();
    expect(report.rows).toEqual({ read: 8, counted: 6, rejected: 2, totals: 0 });
    expect(findings.map((item) => item.finding.details)).toEqual([
      { id: long, firstSource: 'seed', firstLine: null },
      { id: 'DA-3', firstSource: '3.csv', firstLine: 4_000_000_003 },
    ]);
  });

  it('keeps the first perCode findings of each code and severity with keepFindings: { perCode }, counting all', () => {
    const records = seedRecords();
    const all = createReportBuilder({ asOf: '2024-10-01' });
    const some = createReportBuilder({ asOf: '2024-10-01', keepFindings: { perCode: 1 } });
    const none = createReportBuilder({ asOf: '2024-10-01', keepFindings: { perCode: 0 } });
    for (const record of records) {
      for (const builder of [all, some, none]) builder.add(record);
    }
    const [kept, firsts, nothing] = [all, some, none].map((builder) => builder.build());
    const key = (item: LocatedFinding) => `${item.finding.severity} ${item.finding.code}`;
    const expected = (kept?.findings ?? []).filter(
      (item, index, list) => list.findIndex((other) => key(other) === key(item)) === index,
    );
    expect(firsts?.findings).toEqual(expected);
    expect(expected.length).toBeLessThan(kept?.findings.length ?? 0);
    expect(nothing?.findings).toEqual([]);
    expect(firsts?.report).toEqual(kept?.report);
    expect(nothing?.report).toEqual(kept?.report);
    for (const keepFindings of [{ perCode: -1 }, { perCode: 1.5 }, {}, 'all', null] as const) {
      expect(() =>
        createReportBuilder({ asOf: '2024-10-01', keepFindings: keepFindings as never }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });

  it('checks a totals row against the rows above it and never counts it', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01', checks: [] });
    builder.add(row('a.csv', 2, project('A', '1000000000', '300000000')));
    builder.add(row('a.csv', 3, project('B', '3059000000', '776000000')));
    builder.add({
      kind: 'totals',
      origin: { source: 'a.csv', line: 4 },
      label: 'Tổng cộng',
      figures: {
        totalCost: { amount: '4059000000', asWritten: '4.059.000.000' },
        local: { amount: '1100000000', asWritten: '1.100.000.000' },
      },
    });
    builder.add(row('a.csv', 5, project('C', '500000000', '100000000')));
    builder.add({
      kind: 'totals',
      origin: { source: 'a.csv', line: 6 },
      label: 'Cộng',
      figures: { totalCost: { amount: '500000000', asWritten: '500 triệu' } },
    });
    builder.add(row('a.csv', 7, project('D', '4059000000', '1000000000')));
    builder.add({
      kind: 'totals',
      origin: { source: 'a.csv', line: 8 },
      label: 'Tổng',
      figures: { totalCost: { amount: '4060000000', asWritten: '4,06 tỷ' } },
    });
    const { report, findings } = builder.build();
    expect(report.rows).toEqual({ read: 7, counted: 4, rejected: 0, totals: 3 });
    expect(report.projects.total.count).toBe(4);
    expect(
      findings.map((item) => [item.origin.line, item.finding.code, item.finding.details]),
    ).toEqual([
      [
        4,
        'TOTALS_ROW_MISMATCH',
        {
          label: 'Tổng cộng',
          field: 'local',
          stated: '1100000000',
          computed: '1076000000',
          difference: '24000000',
          rows: 2,
        },
      ],
      [6, 'TOTALS_ROW_MATCHES', { label: 'Cộng', rows: 1 }],
      [8, 'TOTALS_ROW_MATCHES', { label: 'Tổng', rows: 1 }],
    ]);
  });

  it('keeps and streams only what the filter lets through, but counts everything', () => {
    const streamed: LocatedFinding[] = [];
    const builder = createReportBuilder({
      asOf: '2024-10-01',
      filter: { minSeverity: 'error' },
      onFinding: (item) => streamed.push(item),
    });
    for (const record of seedRecords()) builder.add(record);
    const { report, findings } = builder.build();
    expect(findings.map((item) => item.finding.code)).toEqual(['REPORTED_PERCENT_INCONSISTENT']);
    expect(streamed).toEqual(findings);
    expect(report.findings.total).toBe(19);
    const none = createReportBuilder({ asOf: '2024-10-01', keepFindings: false });
    for (const record of seedRecords()) none.add(record);
    expect(none.build().findings).toEqual([]);
  });

  it('builds once: a second build gives the same result and a record after it is an error', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    for (const record of seedRecords()) builder.add(record);
    const first = builder.build();
    expect(builder.build()).toBe(first);
    expect(first.report.findings.total).toBe(19);
    expect(() => builder.add(seedRecords()[1] as ImportRecord)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses a report date that is not a calendar date', () => {
    expect(() => createReportBuilder({ asOf: '2024-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('reads a Date report date in Vietnam, or in the timeZone asked for', () => {
    // 30/09/2024 17:30 UTC is 01/10/2024 00:30 in Vietnam.
    const instant = new Date('2024-09-30T17:30:00Z');
    expect(createReportBuilder({ asOf: instant }).build().report.asOf).toBe('2024-10-01');
    expect(createReportBuilder({ asOf: instant, timeZone: 'UTC' }).build().report.asOf).toBe(
      '2024-09-30',
    );
    expect(() => createReportBuilder({ asOf: instant, timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE' }),
    );
  });

  it('adds rows up: read = counted + rejected + totals, and every grouping sums to the total', async () => {
    const provinces = ['phu-yen', 'dak-lak', 'da-nang', 'ha-noi'];
    const kinds = fc.constantFrom('project', 'duplicate', 'rejected', 'totals');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(kinds, fc.integer({ min: 1, max: 10 ** 12 }), fc.nat(3)), {
          maxLength: 40,
        }),
        async (plan) => {
          const records: ImportRecord[] = [];
          let expectedRead = 0;
          plan.forEach(([kind, cost, province], index) => {
            const origin = { source: 'x.csv', line: index + 2 };
            expectedRead += 1;
            const id = kind === 'duplicate' ? 'P-0' : `P-${index}`;
            if (kind === 'project' || kind === 'duplicate') {
              records.push(
                row(
                  'x.csv',
                  index + 2,
                  project(id, String(cost), String(Math.floor(cost / 3)), provinces[province]),
                ),
              );
            } else if (kind === 'rejected') {
              records.push({ kind: 'rejected', origin, findings: [] });
            } else {
              records.push({ kind: 'totals', origin, label: 'Tổng cộng', figures: {} });
            }
          });
          const builder = createReportBuilder({ asOf: '2024-10-01', checks: [] });
          await builder.addAll(records);
          const { report } = builder.build();
          const { read, counted, rejected, totals } = report.rows;
          expect(read).toBe(expectedRead);
          expect(counted + rejected + totals).toBe(read);
          expect(report.projects.total.count).toBe(counted);
          for (const groups of [
            report.projects.byProvince,
            report.projects.byRegion,
            report.projects.byFund,
          ]) {
            const sum = groups.reduce((total, group) => total + BigInt(group.totalCost), 0n);
            expect(`${sum}`).toBe(report.projects.total.totalCost);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
