import type { CityGrade } from '@khuyencong/validation';
import { lookupCell } from './lookupCell';
import type { RowCells } from './RowCells';

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

/** @internal "Loại đô thị": loại đặc biệt, loại 1 (I), 2 (II), 3 (III); empty is `undefined`. */
export function readCityGradeCell(row: RowCells): CityGrade | undefined {
  return lookupCell(row, 'cityGrade', CITY_GRADES, 'cityGrade');
}
