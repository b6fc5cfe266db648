/**
 * The delimiters a CSV file may use, in order of preference on a tie: `,` (RFC 4180), `;` (Excel in
 * locales whose decimal mark is a comma, as in Vietnam) and tab.
 *
 * @category CSV
 */
export type CsvDelimiter = ',' | ';' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * Picks the delimiter of a CSV file from its header line: the candidate that occurs most often
 * outside double quotes (`,` when none occurs).
 *
 * @param headerLine - the first line of the file, without its line break.
 * @returns `','`, `';'` or `'\t'`.
 * @category CSV
 * @example
 * ```ts
 * import { detectDelimiter } from '@khuyencong/cli';
 * [detectDelimiter('Mã đề án;Tên đề án;"Tổng kinh phí, đồng"'), detectDelimiter('id,title'), detectDelimiter('id')]
 * //=> [';', ',', ',']
 * ```
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
