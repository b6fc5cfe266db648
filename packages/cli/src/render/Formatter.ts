import type { FundingSource, IsoDate, Period } from '@khuyencong/domain';
import { formatDate, formatPercent, formatPeriod, formatVnd, LABELS } from '@khuyencong/i18n-vi';
import type { Lang } from '../_internal/Text';
import type { Amount, ScopeRef } from '../report/ReportData';

/** How the report writes amounts, percents, periods and codes in one language. */
export interface Formatter {
  readonly lang: Lang;
  money(amount: Amount | undefined): string;
  /** A plan not stated but implied by the printed percent (its lower bound, whole đồng). */
  impliedPlan(amount: string): string;
  percent(percent: string | undefined): string;
  period(year: number, period?: Omit<Period, 'year'>): string;
  fund(source: FundingSource | undefined): string;
  activity(code: string): string;
  scope(scope: ScopeRef): string;
  date(date: IsoDate): string;
}

const EN_FUNDS: Readonly<Record<FundingSource, string>> = {
  national: 'national khuyến công fund',
  local: 'local khuyến công fund',
  counterpart: 'counterpart',
  other: 'other sources',
};
const EN_QUALIFIERS: Readonly<Record<string, string>> = {
  'more-than': 'more than',
  'less-than': 'less than',
  nearly: 'nearly',
  about: 'about',
};
const EN_PERIODS: Readonly<Record<string, string>> = {
  year: 'year',
  'nine-months': '9 months of',
  'half-year': '6 months of',
  'multi-year': 'period',
};
const GROUPED = new Intl.NumberFormat('en-US');

const VI: Formatter = {
  lang: 'vi',
  money: (amount) => {
    if (amount === undefined) return '—';
    const text = formatVnd(amount.amount, { unit: 'auto' });
    return amount.qualifier === undefined
      ? text
      : `${LABELS.amountQualifier[amount.qualifier]} ${text}`;
  },
  impliedPlan: (amount) => `suy ra khoảng ${formatVnd(amount, { unit: 'auto' })}`,
  percent: (percent) => (percent === undefined ? '—' : formatPercent(percent)),
  period: (year, period) => formatPeriod({ kind: 'year', ...period, year }),
  fund: (source) => (source === undefined ? 'tổng' : LABELS.fundingSource[source]),
  activity: (code) => (LABELS.activity as Readonly<Record<string, string>>)[code] ?? code,
  scope: (scope) => scope.name,
  date: (date) => formatDate(date, { style: 'numeric' }),
};

const EN: Formatter = {
  lang: 'en',
  money: (amount) => {
    if (amount === undefined) return '—';
    const text = `${GROUPED.format(BigInt(amount.amount))} VND`;
    return amount.qualifier === undefined
      ? text
      : `${EN_QUALIFIERS[amount.qualifier] ?? amount.qualifier} ${text}`;
  },
  impliedPlan: (amount) => `implied about ${GROUPED.format(BigInt(amount))} VND`,
  percent: (percent) => (percent === undefined ? '—' : `${percent}%`),
  period: (year, period) => {
    if (period === undefined || period.kind === 'year') return `${year}`;
    if (period.kind === 'quarter') return `Q${period.index ?? ''} ${year}`;
    if (period.kind === 'month') return `${year}-${String(period.index ?? '').padStart(2, '0')}`;
    return `${EN_PERIODS[period.kind] ?? period.kind} ${year}`;
  },
  fund: (source) => (source === undefined ? 'all sources' : EN_FUNDS[source]),
  activity: (code) => code,
  scope: (scope) => (scope.kind === 'national' ? 'national' : scope.name),
  date: (date) => date,
};

/** The formatter of a language. */
export function formatterFor(lang: Lang): Formatter {
  return lang === 'vi' ? VI : EN;
}
