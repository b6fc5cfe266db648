import {
  type Finding,
  REPORT_FINDING_SEVERITIES,
  type ReportFindingCode,
} from '@khuyencong/domain';

/** The values a report finding carries. */
export type FindingDetails = Readonly<Record<string, string | number | boolean | null>>;

/** @internal A report finding with the severity its code has. */
export function reportFinding(
  code: ReportFindingCode,
  details: FindingDetails = {},
): Finding<ReportFindingCode> {
  return { code, severity: REPORT_FINDING_SEVERITIES[code], details };
}
