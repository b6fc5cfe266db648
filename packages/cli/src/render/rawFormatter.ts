import type { Lang } from '../_internal/Text';
import type { Formatter } from './Formatter';

/**
 * Writes figures for machines (CSV): amounts in whole đồng with the qualifier code, percents as decimals,
 * codes as codes; titles and headers stay in `lang`.
 */
export function rawFormatter(lang: Lang): Formatter {
  return {
    lang,
    money: (amount) =>
      amount === undefined
        ? ''
        : `${amount.qualifier === undefined ? '' : `${amount.qualifier} `}${amount.amount}`,
    impliedPlan: (amount) => `implied ${amount}`,
    percent: (percent) => percent ?? '',
    period: (year, period) =>
      period === undefined
        ? `${year}`
        : `${year} ${period.kind}${period.index === undefined ? '' : ` ${period.index}`}`,
    fund: (source) => source ?? 'total',
    activity: (code) => code,
    scope: (scope) => (scope.id === undefined ? scope.kind : `${scope.kind}:${scope.id}`),
    date: (date) => date,
  };
}
