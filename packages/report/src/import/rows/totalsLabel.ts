import { foldText } from '../../_internal/foldText';

/** The words of a totals row, folded (no diacritics, case, punctuation or spaces). */
const LABELS: ReadonlySet<string> = new Set([
  'tongcong',
  'cong',
  'tong',
  'tongso',
  'tongcongchung',
  'congchung',
  'tongcongtoantinh',
  'congtoantinh',
  'total',
  'totals',
  'grandtotal',
  'sum',
]);

/** The first letters a totals label can start with: t(ổng), c(ộng), s(um), g(rand total), any case. */
const FIRST: ReadonlySet<number> = new Set([...'tTcCsSgG'].map((letter) => letter.charCodeAt(0)));
const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]/;

/**
 * @internal The label of a totals row ("Tổng cộng", "Cộng", "Tổng", "Tổng số", "Total"), when the first
 * non-empty cell of the row is one, as written; else `undefined`. Folded, so "TỔNG CỘNG:" and "tong cong" are
 * the same; "Tổng cộng" followed by more words ("Tổng cộng (I+II)") is one too.
 */
export function totalsLabel(cells: readonly string[]): string | undefined {
  for (const cell of cells) {
    const value = cell.trim();
    if (value === '') continue;
    // Most rows start with a number or an id: no need to fold them.
    if (value.length > 60) return undefined;
    if (ASCII_ALPHANUMERIC.test(value) && !FIRST.has(value.charCodeAt(0))) return undefined;
    const key = foldText(value);
    return LABELS.has(key) || key.startsWith('tongcong') ? value : undefined;
  }
  return undefined;
}
