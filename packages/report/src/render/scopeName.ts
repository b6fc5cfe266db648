import type { IsoDate, ReportScope } from '@khuyencong/domain';
import { type Language, termOf } from '@khuyencong/i18n-vi';
import { provinceName } from './provinceName';
import { regionName } from './regionName';

/** @internal The name of a report scope: the nation (a term), a region, a province, or a unit's own name. */
export function scopeName(scope: ReportScope, lang: Language, asOf: IsoDate): string {
  const id = scope.id ?? '';
  switch (scope.kind) {
    case 'national':
      return termOf('report.scope.national', { lang });
    case 'region':
      return regionName(id, lang);
    case 'province':
      return provinceName(id, asOf);
    case 'unit':
      return id;
  }
}
