import { type IsoDate, provinceOn, REPORTING_REGIONS, type ReportScope } from '@khuyencong/domain';
import { ownString } from '../../_internal/boundedMemo';
import { foldText } from '../../_internal/foldText';

/** The most names remembered, over all dates. */
const LIMIT = 10_000;

/** @internal Remembers answers by date, then by name, in typed nested maps; bounded in size. */
class DatedMemo<R> {
  readonly #byDate = new Map<IsoDate, Map<string, R>>();
  #size = 0;
  readonly #compute: (name: string, date: IsoDate) => R;

  constructor(compute: (name: string, date: IsoDate) => R) {
    this.#compute = compute;
  }

  get(name: string, date: IsoDate): R {
    let byName = this.#byDate.get(date);
    if (byName === undefined) {
      byName = new Map();
      this.#byDate.set(date, byName);
    } else {
      const hit = byName.get(name);
      if (hit !== undefined || byName.has(name)) return hit as R;
    }
    const value = this.#compute(name, date);
    if (this.#size >= LIMIT) {
      this.#byDate.clear();
      this.#size = 0;
      byName = new Map();
      this.#byDate.set(date, byName);
    }
    byName.set(ownString(name), value);
    this.#size += 1;
    return value;
  }
}

const PROVINCES = new DatedMemo((name, date) => provinceOn(name, date)?.id ?? null);

/** @internal The id of the province of that name on that date, or `null`. */
export function provinceIdOn(name: string, date: IsoDate): string | null {
  return PROVINCES.get(name, date);
}

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
