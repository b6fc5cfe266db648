import type { ReportResult } from '@khuyencong/report';

/** The commands a text output gives to list the rest of each code's findings: those `wrapProse` keeps whole. */
export function commandsOf(
  result: ReportResult,
  moreFindings: ((code: string) => string) | undefined,
): string[] {
  return moreFindings === undefined
    ? []
    : result.report.findings.byCode.map((entry) => moreFindings(entry.code));
}
