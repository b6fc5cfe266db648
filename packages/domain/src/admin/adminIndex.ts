import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { IsoDate } from '../dates/IsoDate';
import { toIsoDate } from '../dates/toIsoDate';
import type { AdminUnit } from './AdminUnit';
import type { AnyAdminUnit } from './AnyAdminUnit';
import { normalizeAdminName } from './normalizeAdminName';
import type { ProvinceUnit } from './ProvinceUnit';
import { PROVINCE_UNITS } from './provinces';
import { SUB_PROVINCIAL_EXAMPLES } from './subProvincialExamples';
import { hasFormerNames, unitAsOn } from './unitAsOn';

/** @internal Every encoded unit by id: provinces and sub-provincial examples. */
export const UNIT_BY_ID: ReadonlyMap<string, AnyAdminUnit> = /* @__PURE__ */ indexById([
  PROVINCE_UNITS,
  SUB_PROVINCIAL_EXAMPLES,
]);

function indexById(lists: readonly (readonly AnyAdminUnit[])[]): ReadonlyMap<string, AnyAdminUnit> {
  return new Map(lists.flatMap((list) => list.map((unit) => [unit.id, unit] as const)));
}

/** @internal Provincial units by every accepted name key (several units share a name over time). */
const PROVINCES_BY_NAME_KEY: ReadonlyMap<string, readonly ProvinceUnit[]> = /* @__PURE__ */ (() => {
  const index = new Map<string, ProvinceUnit[]>();
  for (const unit of PROVINCE_UNITS) {
    const names = [unit.name, unit.fullName, ...unit.aliases];
    for (const former of unit.formerNames) names.push(former.name, former.fullName);
    const keys = new Set(names.map((name) => normalizeAdminName(name, { stripKind: true })));
    for (const key of keys) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [unit]);
      else list.push(unit);
    }
  }
  return index;
})();

/** @internal Whether a unit existed on a day (both bounds inclusive). */
export function isUnitValidOn(unit: AdminUnit, day: IsoDate): boolean {
  if (unit.validFrom !== undefined && day < unit.validFrom) return false;
  return unit.validTo === undefined || day <= unit.validTo;
}

/** @internal The local calendar date of today, or the given date validated. */
export function dayOrToday(date: Date | string | undefined): IsoDate {
  return toIsoDate(date ?? new Date());
}

/** @internal The provincial units a query (id, or name in any spelling) can refer to, at any date. */
export function provinceCandidates(query: string): readonly ProvinceUnit[] {
  if (typeof query !== 'string') {
    fail('UNKNOWN_PROVINCE', `Expected a province id or name, got ${typeof query}.`, {
      query: typeof query,
    });
  }
  const byId = UNIT_BY_ID.get(query.trim());
  if (byId !== undefined && isProvinceUnit(byId)) return [byId];
  return PROVINCES_BY_NAME_KEY.get(normalizeAdminName(query, { stripKind: true })) ?? [];
}

/** @internal Whether an encoded unit is provincial-level. */
export function isProvinceUnit(unit: AdminUnit): unit is ProvinceUnit {
  return unit.kind === 'province' || unit.kind === 'centrally-run-city';
}

/** @internal The unit with that id, or a `UNKNOWN_PROVINCE` error. */
export function requireUnit(id: string): AnyAdminUnit {
  const unit = typeof id === 'string' ? UNIT_BY_ID.get(id) : undefined;
  if (unit === undefined) {
    fail('UNKNOWN_PROVINCE', `No administrative unit with id ${describeValue(id)}.`, {
      id: detailValue(id),
    });
  }
  return unit;
}

/**
 * @internal The units valid on `day` that continue `unit`: the unit itself while it exists, its
 * successors (transitively) after it ended, nothing before it began or when it ended without one. Each
 * with its name and kind of `day` when it has former names. `byId` finds successors (default: every unit of
 * the main entry; the communes subpath passes its own index).
 */
export function continuationsOn<U extends AdminUnit>(
  unit: U,
  day: IsoDate,
  byId: ReadonlyMap<string, U>,
): U[] {
  if (isUnitValidOn(unit, day)) return [hasFormerNames(unit) ? unitAsOn(unit, day) : unit];
  if (unit.validTo === undefined || day <= unit.validTo) return [];
  const result: U[] = [];
  for (const successorId of unit.successorIds) {
    const successor = byId.get(successorId);
    if (successor === undefined) continue;
    for (const found of continuationsOn(successor, day, byId)) {
      if (!result.includes(found)) result.push(found);
    }
  }
  return result;
}
