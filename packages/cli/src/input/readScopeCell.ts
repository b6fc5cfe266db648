import { type IsoDate, provinceOn, REPORTING_REGIONS, type ReportScope } from '@khuyencong/domain';
import { foldText } from '../_internal/foldText';
import { text } from '../_internal/Text';
import { type CellContext, cellError } from './CellContext';

const NATIONAL = new Set(['toanquoc', 'canuoc', 'national']);

/**
 * A scope cell: "toàn quốc", a region ("miền Trung - Tây Nguyên", `central-highlands`) or a province
 * as named on `date`.
 */
export function readScopeCell(cell: string, context: CellContext, date: IsoDate): ReportScope {
  const key = foldText(cell);
  if (NATIONAL.has(key)) return { kind: 'national' };
  const region = REPORTING_REGIONS.find((candidate) =>
    [
      candidate.id,
      candidate.shortName,
      candidate.officialName,
      candidate.nameEn,
      `khu vực ${candidate.shortName}`,
    ]
      .map(foldText)
      .includes(key),
  );
  if (region !== undefined) return { kind: 'region', id: region.id };
  const province = cell.trim() === '' ? undefined : provinceOn(cell, date);
  if (province !== undefined) return { kind: 'province', id: province.id };
  throw cellError(
    context,
    text(
      `"${cell}" không phải toàn quốc, một vùng hay một tỉnh/thành phố vào ngày ${date}`,
      `"${cell}" is not the nation, a region or a province on ${date}`,
    ),
  );
}
