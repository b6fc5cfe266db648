import {
  adminUnitById,
  type IsoDate,
  REPORTING_REGIONS,
  type ReportScope,
  regionOf,
} from '@khuyencong/domain';
import { memoize } from '../_internal/memoize';
import type { ScopeRef } from './ReportData';

function computeScopeRef(scope: ReportScope, date: IsoDate): ScopeRef {
  if (scope.kind === 'region') {
    const region = REPORTING_REGIONS.find((candidate) => candidate.id === scope.id);
    return { ...scope, name: region?.shortName ?? scope.id ?? '' };
  }
  if (scope.kind === 'province' && scope.id !== undefined) {
    const unit = adminUnitById(scope.id);
    const region = unit === undefined ? undefined : regionOf(scope.id, date);
    return {
      ...scope,
      name: unit?.name ?? scope.id,
      ...(region === undefined ? {} : { regionId: region.id, regionName: region.shortName }),
    };
  }
  if (scope.kind === 'national') return { ...scope, name: 'toàn quốc' };
  return { ...scope, name: scope.id ?? '' };
}

const cached = memoize((key: string) => {
  const [kind = 'national', id = '', date = ''] = key.split('|');
  return computeScopeRef(
    { kind: kind as ReportScope['kind'], ...(id === '' ? {} : { id }) },
    date as IsoDate,
  );
});

/** The display name of a scope and, for a province, its region on `date` (unknown after 2025-06-30). */
export function scopeRef(scope: ReportScope, date: IsoDate): ScopeRef {
  return cached(`${scope.kind}|${scope.id ?? ''}|${date}`);
}
