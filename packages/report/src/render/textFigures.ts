import { type IsoDate, isCode } from '@khuyencong/domain';
import {
  formatNumber,
  formatPercent,
  formatPeriod,
  formatTerm,
  formatVnd,
  type Language,
  labelOf,
  termOf,
} from '@khuyencong/i18n-vi';
import type { FigureWriter } from './FigureWriter';
import { regionName } from './regionName';
import { scopeName } from './scopeName';

const NONE = '—';

/**
 * @internal Figures in the words of a language, for people (text and HTML): amounts in the largest unit
 * that keeps them readable ("78,6 tỷ đồng", "78.6 billion VND") with their approximate word, percents,
 * periods, sources and activities by their labels, scopes by name (a province by its name on `asOf`).
 */
export function textFigures(lang: Language, asOf: IsoDate): FigureWriter {
  const money = (amount: string): string => formatVnd(amount, { unit: 'auto', lang });
  return {
    money: (amount) => {
      if (amount === undefined) return NONE;
      const text = money(amount.amount);
      return amount.qualifier === undefined
        ? text
        : `${labelOf('amountQualifier', amount.qualifier, { lang })} ${text}`;
    },
    part: (amount) => (amount === '0' ? NONE : money(amount)),
    impliedPlan: (range) => formatTerm('report.impliedPlan', { amount: range.min }, { lang }),
    percent: (percent) => (percent === undefined ? NONE : formatPercent(percent, { lang })),
    period: (year, period) => {
      if (period?.kind === 'multi-year') {
        // The model keeps no end year: say where the period starts.
        return formatTerm('report.period.multiYearFrom', { year: String(year) }, { lang });
      }
      return formatPeriod({ kind: 'year', ...period, year }, { lang });
    },
    fund: (source) =>
      source === undefined
        ? termOf('report.fund.total', { lang })
        : labelOf('fundingSource', source, { lang }),
    activity: (code) => (isCode('activity', code) ? labelOf('activity', code, { lang }) : code),
    scope: (scope) => scopeName(scope, lang, asOf),
    region: (id) => regionName(id, lang),
    count: (count) => (count === undefined ? NONE : formatNumber(count, { lang })),
  };
}
