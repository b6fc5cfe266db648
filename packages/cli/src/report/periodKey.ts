import type { Period, ReportScope } from '@khuyencong/domain';

/** A map key for a scope. */
export function scopeKey(scope: ReportScope): string {
  return `${scope.kind}:${scope.id ?? ''}`;
}

/** A map key for a period. */
export function periodKey(period: Period): string {
  return `${period.year}:${period.kind}:${period.index ?? ''}`;
}

const PERIOD_ORDER = ['month', 'quarter', 'half-year', 'nine-months', 'year', 'multi-year'];

/** Orders periods: by year, then shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.year - b.year ||
    PERIOD_ORDER.indexOf(a.kind) - PERIOD_ORDER.indexOf(b.kind) ||
    (a.index ?? 0) - (b.index ?? 0)
  );
}
