import type { Location, PriorityAreaKind } from '@khuyencong/domain';
import type { CityGrade } from '@khuyencong/validation';
import { cellValue } from '../../_internal/cellValue';
import { foldText } from '../../_internal/foldText';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';
import { readCodeCell } from './readCodeCell';

type CommuneKind = NonNullable<Location['communeKind']>;

const COMMUNE_KINDS: ReadonlyMap<string, CommuneKind> = new Map([
  ['xa', 'commune'],
  ['commune', 'commune'],
  ['phuong', 'ward'],
  ['ward', 'ward'],
  ['thitran', 'township'],
  ['township', 'township'],
  ['dackhu', 'special-zone'],
  ['specialzone', 'special-zone'],
]);

/** "1", "loại 1", "loại I", "đô thị loại 1", "đô thị loại I", folded. */
function gradeKeys(grade: '1' | '2' | '3', roman: string): [string, CityGrade][] {
  return [grade, `loai${grade}`, `loai${roman}`, `dothiloai${grade}`, `dothiloai${roman}`].map(
    (key) => [key, grade],
  );
}

const CITY_GRADES: ReadonlyMap<string, CityGrade> = new Map([
  ['dacbiet', 'special'],
  ['loaidacbiet', 'special'],
  ['dothiloaidacbiet', 'special'],
  ['special', 'special'],
  ...gradeKeys('1', 'i'),
  ...gradeKeys('2', 'ii'),
  ...gradeKeys('3', 'iii'),
]);

/** A cell looked up in a table of folded names; empty is `undefined`, an unknown name a finding. */
function lookupCell<T extends string>(
  row: RowCells,
  field: Field,
  table: ReadonlyMap<string, T>,
  list: string,
): T | undefined {
  const cell = row.cell(field);
  if (cell === '') return undefined;
  const value = table.get(foldText(cell));
  if (value !== undefined) return value;
  row.report(field, 'CELL_UNKNOWN_CODE', {
    field,
    value: cellValue(cell),
    list,
    candidates: [...new Set(table.values())].join(', '),
  });
  return undefined;
}

/** @internal "Loại đơn vị cấp xã": xã, phường, thị trấn, đặc khu (or the codes); empty is `undefined`. */
export function readCommuneKindCell(row: RowCells): CommuneKind | undefined {
  return lookupCell(row, 'communeKind', COMMUNE_KINDS, 'unitKind');
}

/** @internal "Loại đô thị": loại đặc biệt, loại 1 (I), 2 (II), 3 (III); empty is `undefined`. */
export function readCityGradeCell(row: RowCells): CityGrade | undefined {
  return lookupCell(row, 'cityGrade', CITY_GRADES, 'cityGrade');
}

/**
 * @internal "Địa bàn ưu tiên": one or more priority areas separated by `,`, `;` or `|`, each its code or its
 * Vietnamese label (or a distinctive part of it); empty is `undefined`. Every unknown part is a finding.
 */
export function readPriorityAreasCell(row: RowCells): readonly PriorityAreaKind[] | undefined {
  const parts = row
    .cell('priorityAreas')
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const areas = new Set<PriorityAreaKind>();
  let bad = false;
  for (const part of parts) {
    const area = readCodeCell(row, 'priorityAreas', 'priorityAreaKind', part);
    if (area === undefined) bad = true;
    else areas.add(area);
  }
  return bad ? undefined : [...areas];
}
