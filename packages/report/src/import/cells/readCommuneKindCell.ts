import type { Location } from '@khuyencong/domain';
import { lookupCell } from './lookupCell';
import type { RowCells } from './RowCells';

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

/** @internal "Loại đơn vị cấp xã": xã, phường, thị trấn, đặc khu (or the codes); empty is `undefined`. */
export function readCommuneKindCell(row: RowCells): CommuneKind | undefined {
  return lookupCell(row, 'communeKind', COMMUNE_KINDS, 'unitKind');
}
