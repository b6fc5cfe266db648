import type { FundingSource, ReportScope, VndAmount } from '@khuyencong/domain';
import type { ReportAmount, ReportPeriod } from '../model/Report';

/**
 * @internal How the tables of a report write figures, names and codes: in words of a language for people
 * ({@link textFigures}), or as codes and whole đồng for machines ({@link RAW_FIGURES}).
 */
export interface FigureWriter {
  /** An amount (with its approximate word), or the mark of no figure. */
  money(amount: ReportAmount | undefined): string;
  /** One source's part of a group's funding (`'0'` when the group has none from it). */
  part(amount: VndAmount): string;
  /** The plan a printed percent implies when the plan is not given (whole đồng, both ends in). */
  impliedPlan(range: { readonly min: VndAmount; readonly max: VndAmount }): string;
  percent(percent: string | undefined): string;
  period(year: number, period: ReportPeriod | undefined): string;
  /** A funding source; `undefined` is all sources. */
  fund(source: FundingSource | undefined): string;
  activity(code: string): string;
  scope(scope: ReportScope): string;
  /** A reporting region by id; `''` is a region not known on the judgement date. */
  region(id: string): string;
  /** A count, or the mark of no figure. */
  count(count: number | undefined): string;
}
