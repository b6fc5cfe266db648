import type { FigureWriter } from './FigureWriter';

/**
 * @internal Figures for machines (CSV): amounts in whole đồng (an approximate one with its qualifier code
 * first, `more-than 9000000000`), percents as decimal strings, scopes, periods, sources and activities as codes.
 * The same in every language: only titles and headers are words.
 */
export const RAW_FIGURES: FigureWriter = {
  money: (amount) =>
    amount === undefined
      ? ''
      : `${amount.qualifier === undefined ? '' : `${amount.qualifier} `}${amount.amount}`,
  part: (amount) => amount,
  impliedPlan: (range) => `${range.min}..${range.max}`,
  percent: (percent) => percent ?? '',
  period: (year, period) =>
    period === undefined
      ? `${year}`
      : `${year} ${period.kind}${period.index === undefined ? '' : ` ${period.index}`}`,
  fund: (source) => source ?? 'total',
  activity: (code) => code,
  scope: (scope) => (scope.id === undefined ? scope.kind : `${scope.kind}:${scope.id}`),
  region: (id) => id,
  count: (count) => (count === undefined ? '' : String(count)),
};
