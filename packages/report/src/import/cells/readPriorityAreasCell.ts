import type { PriorityAreaKind } from '@khuyencong/domain';
import type { RowCells } from './RowCells';
import { readCodeCell } from './readCodeCell';

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
