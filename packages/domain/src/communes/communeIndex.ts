import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { isUnitValidOn } from '../admin/adminIndex';
import { normalizeAdminName } from '../admin/normalizeAdminName';
import { provinceByCodeOn } from '../admin/provinceByCodeOn';
import { provinceOn } from '../admin/provinceOn';
import { unitAsOn } from '../admin/unitAsOn';
import type { IsoDate } from '../dates/IsoDate';
import type { CommuneLevelKind, CommuneUnit, FormerCommuneName } from './CommuneUnit';
import { FORMER_UNITS, KIND_CHANGES, SOURCE, UNITS } from './communeData';

const KINDS: Readonly<Record<string, CommuneLevelKind>> = {
  x: 'commune',
  p: 'ward',
  t: 'township',
  d: 'special-zone',
};
const KIND_WORDS: Readonly<Record<CommuneLevelKind, string>> = {
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  'special-zone': 'Đặc khu',
};
/** A leading commune-level kind word of a folded name ("xa", "phuong", "thi tran", "dac khu", "p.", "x."). */
const KIND_PREFIX = /^(?:xa|phuong|thi tran|dac khu|tt|p|x) /;
/** A leading district-level kind word of a folded name. */
const DISTRICT_PREFIX = /^(?:huyen|quan|thi xa|thanh pho|tp|h|q) /;
const FIRST_DAY = '2025-07-01';
const LAST_DAY_BEFORE = '2025-06-30';

/** @internal The decoded data: every unit by id, by code, and by province and folded name. */
interface CommuneIndex {
  readonly byId: ReadonlyMap<string, CommuneUnit>;
  readonly byCode: ReadonlyMap<string, readonly CommuneUnit[]>;
  readonly byProvince: ReadonlyMap<string, ReadonlyMap<string, readonly CommuneUnit[]>>;
  readonly all: readonly CommuneUnit[];
}

let index: CommuneIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The id of the provincial unit the data names, or a plain error: the data and the provinces disagree. */
function provinceIdOf(unit: { readonly id: string } | undefined, named: string): string {
  if (unit === undefined) throw new Error(`[@khuyencong/domain] No provincial unit ${named}.`);
  return unit.id;
}

function build(): CommuneIndex {
  const source = `${SOURCE.dataset}@${SOURCE.version} (${SOURCE.licence})`;
  const predecessors = new Map<string, string[]>();
  const all: CommuneUnit[] = [];
  const former: [string, string, string, string, string, string][] = [];
  for (const [provinceName, districts] of Object.entries(FORMER_UNITS)) {
    const provinceId = provinceIdOf(provinceOn(provinceName, LAST_DAY_BEFORE), provinceName);
    for (const [district, records] of Object.entries(districts)) {
      for (const record of records.split(';')) {
        const [code = '', kind = '', name = '', successors = ''] = record.split('|');
        former.push([provinceId, district, code, kind, name, successors]);
        for (const successor of successors.split(' '))
          push(predecessors, `commune-${successor}-2025`, `commune-${code}`);
      }
    }
  }
  const changes = new Map(KIND_CHANGES.map(([code, ...change]) => [code, change] as const));
  for (const [provinceCode, records] of Object.entries(UNITS)) {
    const provinceId = provinceIdOf(provinceByCodeOn(provinceCode, FIRST_DAY), provinceCode);
    for (const record of records.split(';')) {
      const [code = '', letter = '', name = ''] = record.split('|');
      const id = `commune-${code}-2025`;
      const change = changes.get(code);
      const kind = change === undefined ? (KINDS[letter] ?? 'commune') : change[1];
      const names: FormerCommuneName[] =
        change === undefined
          ? []
          : [
              Object.freeze({
                name,
                fullName: `${KIND_WORDS[change[0]]} ${name}`,
                kind: change[0],
                validTo: change[2],
                legalDocumentId: change[3],
              }),
            ];
      all.push(
        Object.freeze({
          id,
          name,
          fullName: `${KIND_WORDS[kind]} ${name}`,
          kind,
          code,
          validFrom: FIRST_DAY,
          provinceId,
          source,
          predecessorIds: Object.freeze(predecessors.get(id) ?? []),
          successorIds: Object.freeze([]),
          formerNames: Object.freeze(names),
        }),
      );
    }
  }
  for (const [provinceId, districtName, code, letter, name, successors] of former) {
    const kind = KINDS[letter] ?? 'commune';
    all.push(
      Object.freeze({
        id: `commune-${code}`,
        name,
        fullName: `${KIND_WORDS[kind]} ${name}`,
        kind,
        code,
        validTo: LAST_DAY_BEFORE,
        provinceId,
        districtName,
        source,
        predecessorIds: Object.freeze([]),
        successorIds: Object.freeze(successors.split(' ').map((next) => `commune-${next}-2025`)),
        formerNames: Object.freeze([]),
      }),
    );
  }
  const byId = new Map<string, CommuneUnit>();
  const byCode = new Map<string, CommuneUnit[]>();
  const byProvince = new Map<string, Map<string, CommuneUnit[]>>();
  for (const unit of all) {
    byId.set(unit.id, unit);
    push(byCode, unit.code, unit);
    let names = byProvince.get(unit.provinceId);
    if (names === undefined) {
      names = new Map();
      byProvince.set(unit.provinceId, names);
    }
    push(names, normalizeAdminName(unit.name), unit);
  }
  return { byId, byCode, byProvince, all: Object.freeze(all) };
}

/** @internal The decoded data, built on first use. */
export function communeIndex(): CommuneIndex {
  index ??= build();
  return index;
}

/** @internal The unit as on `day` (its former name and kind where one applies). */
export function communeAsOn(unit: CommuneUnit, day: IsoDate): CommuneUnit {
  return unitAsOn(unit, day);
}

/** @internal The unit with that id, or an `UNKNOWN_PROVINCE` error (the code for any unknown unit id). */
export function requireCommune(id: string): CommuneUnit {
  const unit = typeof id === 'string' ? communeIndex().byId.get(id) : undefined;
  if (unit === undefined) {
    fail('UNKNOWN_PROVINCE', `No commune-level unit with id ${describeValue(id)}.`, {
      id: detailValue(id),
    });
  }
  return unit;
}

/** @internal The id of the provincial unit a query names on a day, or an `UNKNOWN_PROVINCE` error. */
export function requireProvinceIdOn(province: string, day: IsoDate): string {
  const unit = provinceOn(province, day);
  if (unit === undefined) {
    fail('UNKNOWN_PROVINCE', `No provincial unit is called ${describeValue(province)} on ${day}.`, {
      query: detailValue(province),
      date: day,
    });
  }
  return unit.id;
}

/** @internal The folded key of a commune name, with and without a leading kind word. */
export function communeNameKeys(name: string): readonly string[] {
  const key = normalizeAdminName(name);
  const stripped = key.replace(KIND_PREFIX, '');
  return stripped === key || stripped === '' ? [key] : [key, stripped];
}

/** @internal The folded key of a district name without its kind word. */
export function districtKey(name: string): string {
  const key = normalizeAdminName(name);
  const stripped = key.replace(DISTRICT_PREFIX, '');
  return stripped === '' ? key : stripped;
}

/** @internal Whether a commune-level unit existed on a day. */
export function isCommuneValidOn(unit: CommuneUnit, day: IsoDate): boolean {
  return isUnitValidOn(unit, day);
}
