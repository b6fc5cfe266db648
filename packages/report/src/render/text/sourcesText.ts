import type { Report } from '../../model/Report';

/** @internal The inputs of a report by name, with the title a dataset gives (`seed (Đại Biểu Nhân Dân …)`). */
export function sourcesText(report: Report): string {
  return report.inputs
    .map((input) => (input.title === undefined ? input.source : `${input.source} (${input.title})`))
    .join('; ');
}
