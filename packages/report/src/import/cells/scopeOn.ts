import { type IsoDate, provinceOn, REPORTING_REGIONS, type ReportScope } from '@khuyencong/domain';
import { foldText } from '../../_internal/foldText';
import { DatedMemo } from './DatedMemo';

const NATIONAL: ReadonlySet<string> = new Set(['toanquoc', 'canuoc', 'national']);
const REGION_BY_KEY: ReadonlyMap<string, string> = new Map(
  REPORTING_REGIONS.flatMap((region) =>
    [
      region.id,
      region.shortName,
      region.officialName,
      region.nameEn,
      `khu vực ${region.shortName}`,
    ].map((name) => [foldText(name), region.id] as const),
  ),
);

const SCOPES = new DatedMemo((name, date): ReportScope | null => {
  const key = foldText(name);
  if (NATIONAL.has(key)) return { kind: 'national' };
  const region = REGION_BY_KEY.get(key);
  if (region !== undefined) return { kind: 'region', id: region };
  const province = provinceOn(name, date);
  return province === undefined ? null : { kind: 'province', id: province.id };
});

/**
 * @internal A scope as written: "toàn quốc", a region ("miền Trung - Tây Nguyên", `central-highlands`) or a
 * province as named on `date`; `null` when it is none of them.
 */
export function scopeOn(name: string, date: IsoDate): ReportScope | null {
  return SCOPES.get(name, date);
}
