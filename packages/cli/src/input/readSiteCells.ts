import type { Location, PriorityAreaKind } from '@khuyencong/domain';
import type { CityGrade } from '@khuyencong/validation';
import { foldText } from '../_internal/foldText';
import { text } from '../_internal/Text';
import { type CellContext, cellError } from './CellContext';
import { readCodeCell } from './readCodeCell';

type CommuneKind = NonNullable<Location['communeKind']>;

const COMMUNE_KINDS: Readonly<Record<string, CommuneKind>> = {
  xa: 'commune',
  commune: 'commune',
  phuong: 'ward',
  ward: 'ward',
  thitran: 'township',
  township: 'township',
  dackhu: 'special-zone',
  specialzone: 'special-zone',
};

const CITY_GRADES: Readonly<Record<string, CityGrade>> = {
  dacbiet: 'special',
  loaidacbiet: 'special',
  special: 'special',
  ...gradeKeys('1', 'i'),
  ...gradeKeys('2', 'ii'),
  ...gradeKeys('3', 'iii'),
};

/** "1", "loại 1", "loại I", "đô thị loại 1", "đô thị loại I", folded. */
function gradeKeys(grade: '1' | '2' | '3', roman: string): Record<string, CityGrade> {
  return Object.fromEntries(
    [grade, `loai${grade}`, `loai${roman}`, `dothiloai${grade}`, `dothiloai${roman}`].map((key) => [
      key,
      grade,
    ]),
  );
}

/** A cell looked up in a table of folded names; empty is `undefined`, an unknown name an error. */
function lookupCell<T>(
  table: Readonly<Record<string, T>>,
  cell: string,
  context: CellContext,
  expected: { vi: string; en: string },
): T | undefined {
  if (cell === '') return undefined;
  const value = table[foldText(cell)];
  if (value !== undefined) return value;
  throw cellError(
    context,
    text(`"${cell}" không phải ${expected.vi}`, `"${cell}" is not ${expected.en}`),
  );
}

/** "Loại đơn vị cấp xã": xã, phường, thị trấn, đặc khu (or the codes); empty is `undefined`. */
export function readCommuneKindCell(cell: string, context: CellContext): CommuneKind | undefined {
  return lookupCell(COMMUNE_KINDS, cell, context, {
    vi: 'loại đơn vị cấp xã; dùng xã, phường, thị trấn hoặc đặc khu',
    en: 'a commune-level unit kind; use commune, ward, township or special-zone',
  });
}

/** "Loại đô thị": loại đặc biệt, loại 1 (I), 2 (II), 3 (III); empty is `undefined`. */
export function readCityGradeCell(cell: string, context: CellContext): CityGrade | undefined {
  return lookupCell(CITY_GRADES, cell, context, {
    vi: 'loại đô thị; dùng đặc biệt, loại 1, loại 2 hoặc loại 3',
    en: 'a city grade; use special, 1, 2 or 3',
  });
}

/**
 * "Địa bàn ưu tiên": one or more priority areas separated by `,`, `;` or `|`, each its code or its
 * Vietnamese label (or a distinctive part of it); empty is `undefined`.
 */
export function readPriorityAreasCell(
  cell: string,
  context: CellContext,
): readonly PriorityAreaKind[] | undefined {
  const parts = cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const areas = parts.map(
    (part) => readCodeCell('priorityAreaKind', part, context) as PriorityAreaKind,
  );
  return [...new Set(areas)];
}
