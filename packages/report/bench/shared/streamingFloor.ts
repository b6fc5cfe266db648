import { AMOUNT_COLUMNS } from './projectsCsv';

/** What a reader of the benchmark CSV found: the data rows, and the sums of the amount columns. */
export interface RowsAndSums {
  readonly rows: number;
  /** Total cost, support and counterpart, summed as bigint. */
  readonly sums: readonly bigint[];
}

/**
 * The floor of the report benchmarks, written here: a bare streaming `TextDecoder` + quote-aware split into
 * cells (`;`, `"` quoting with `""`, CRLF or LF) + `BigInt` sums of the three amount columns. No checks, no
 * objects per row but its cells: what any reader of the file must at least do.
 *
 * @param chunks - the CSV bytes.
 * @param onRows - called every 50,000 rows (to sample memory).
 */
export async function streamingFloor(
  chunks: AsyncIterable<Uint8Array>,
  onRows: (rows: number) => void = () => {},
): Promise<RowsAndSums> {
  const decoder = new TextDecoder();
  const sums = AMOUNT_COLUMNS.map(() => 0n);
  let rows = -1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let afterCR = false;
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          field += text.slice(start, i);
          start = i + 1;
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 1;
            start = i + 1;
          } else quoted = false;
        }
      } else if (c === 34) {
        quoted = true;
        start = i + 1;
      } else if (c === 59) {
        cells.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
      } else if (c === 10 || c === 13) {
        if (c === 13 || (i === 0 ? !afterCR : text.charCodeAt(i - 1) !== 13)) {
          cells.push(field + text.slice(start, i));
          field = '';
          if (rows >= 0) {
            for (let k = 0; k < AMOUNT_COLUMNS.length; k++) {
              sums[k] = (sums[k] as bigint) + BigInt(cells[AMOUNT_COLUMNS[k] as number] as string);
            }
          }
          rows += 1;
          if (rows % 50_000 === 0) onRows(rows);
          cells = [];
        }
        start = i + 1;
      }
    }
    field += text.slice(start);
    afterCR = text.charCodeAt(text.length - 1) === 13;
  }
  return { rows, sums };
}
