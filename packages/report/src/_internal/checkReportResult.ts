import type { ReportResult } from '../build/createReportBuilder';
import { checkLocatedFinding } from './checkLocatedFinding';
import { ARRAY, COUNT, checkShape, type FieldShape, RECORD, RECORDS, STRING } from './checkShape';

const ROWS: Readonly<Record<string, FieldShape>> = Object.freeze({
  read: COUNT,
  counted: COUNT,
  rejected: COUNT,
  totals: COUNT,
});

const REPORT: Readonly<Record<string, FieldShape>> = Object.freeze({
  asOf: STRING,
  inputs: RECORDS,
  rows: RECORD,
  attainment: RECORDS,
  reportedSplits: RECORDS,
  consulting: RECORDS,
  projects: RECORD,
  findings: RECORD,
});

const PROJECTS: Readonly<Record<string, FieldShape>> = Object.freeze({
  total: RECORD,
  byRegion: RECORDS,
  byProvince: RECORDS,
  byActivity: RECORDS,
  byFund: RECORDS,
  funding: RECORD,
});

const SUMMARY: Readonly<Record<string, FieldShape>> = Object.freeze({
  total: COUNT,
  bySeverity: RECORD,
  byCode: RECORDS,
});

const BY_SEVERITY: Readonly<Record<string, FieldShape>> = Object.freeze({
  error: COUNT,
  warning: COUNT,
  info: COUNT,
});

/**
 * @internal Checks the result a renderer (or `selectFindings`) is given: what `build()` gives, a report of the
 * parts every renderer reads (date, inputs, rows, tables, project totals, finding counts) and an array of
 * located findings. `INVALID_ARGUMENT` names the first part that is wrong (`result.report.rows.read`).
 */
export function checkReportResult(result: unknown, fn: string): ReportResult {
  const checked = checkShape(result, { report: RECORD, findings: ARRAY }, fn, 'result');
  const report = checkShape(checked['report'], REPORT, fn, 'result.report');
  checkShape(report['rows'], ROWS, fn, 'result.report.rows');
  const projects = checkShape(report['projects'], PROJECTS, fn, 'result.report.projects');
  checkShape(
    projects['funding'],
    { total: STRING, parts: RECORDS },
    fn,
    'result.report.projects.funding',
  );
  const summary = checkShape(report['findings'], SUMMARY, fn, 'result.report.findings');
  checkShape(summary['bySeverity'], BY_SEVERITY, fn, 'result.report.findings.bySeverity');
  const findings = checked['findings'] as readonly unknown[];
  for (let index = 0; index < findings.length; index++) {
    checkLocatedFinding(findings[index], fn, `result.findings[${index}]`);
  }
  return result as ReportResult;
}
