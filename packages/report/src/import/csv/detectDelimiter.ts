import { invalidArgument } from '../../_internal/invalidArgument';
/**
 * The delimiters a CSV file may use, in order of preference on a tie: `,` (RFC 4180), `;` (Excel in
 * locales whose decimal mark is a comma, as in Vietnam) and tab (Excel's "Unicode Text").
 *
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a header line
 *   that is not a string.
 * @category CSV
 */
export type CsvDelimiter = ',' | ';' | '\t';

const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const QUOTE = 34;

/**
 * Picks the delimiter of a CSV file from its header line: the candidate that occurs most often outside
 * double quotes (`,` when none occurs).
 *
 * @param headerLine - the first line of the file, without its line break.
 * @returns `','`, `';'` or `'\t'`.
 * @category CSV
 * @example
 * ```ts
 * import { detectDelimiter } from '@khuyencong/report';
 * [detectDelimiter('Mã đề án;Tên đề án;"Tổng kinh phí, đồng"'), detectDelimiter('id,title'), detectDelimiter('id\ttitle'), detectDelimiter('id')]
 * //=> [';', ',', '\t', ',']
 * ```
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  if (typeof headerLine !== 'string') {
    invalidArgument('INVALID_ARGUMENT', 'detectDelimiter', 'headerLine', headerLine, 'a string');
  }
  let quoted = false;
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === COMMA) comma += 1;
    else if (c === SEMICOLON) semicolon += 1;
    else if (c === TAB) tab += 1;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}
