import type { CodeListName, CodeOf } from '@khuyencong/domain';
import { matchCode } from '../_internal/matchCode';
import { text } from '../_internal/Text';
import { type CellContext, cellError } from './CellContext';

/**
 * Reads a code cell: the code, its Vietnamese label or a distinctive part of it (see `matchCode`).
 * Empty is `undefined`.
 */
export function readCodeCell<L extends CodeListName>(
  list: L,
  cell: string,
  context: CellContext,
): CodeOf<L> | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  const match = matchCode(list, value);
  if (match.code !== undefined) return match.code;
  const known = 'candidates' in match ? match.candidates.join(', ') : '';
  throw cellError(
    context,
    text(
      `"${value}" không phải mã hợp lệ; dùng một trong: ${known}`,
      `"${value}" is not a valid code; use one of: ${known}`,
    ),
  );
}
