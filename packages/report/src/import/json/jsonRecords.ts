import { reportFinding } from '../../_internal/reportFinding';
import type { ImportRecord } from '../../model/ImportRecord';
import { BAD_BYTE, type TextPiece } from '../decode/TextPiece';
import { itemRecords } from './itemRecords';
import { jsonErrorOffset } from './jsonErrorOffset';
import { lineAndColumn } from './lineAndColumn';

/**
 * @internal The records of a JSON input (read whole): `JSON_SYNTAX` with the line and column of the first bad
 * character, `ENCODING_NOT_UTF8` with the line of the first bad byte (every item is then rejected), else the
 * dataset's records (see `itemRecords`).
 */
export async function* jsonRecords(
  batches: AsyncIterable<readonly TextPiece[]>,
  source: string,
): AsyncGenerator<ImportRecord> {
  const parts: string[] = [];
  let badLine: number | undefined;
  for await (const pieces of batches) {
    for (const piece of pieces) {
      if (piece !== BAD_BYTE) parts.push(piece);
      else if (badLine === undefined)
        badLine = lineAndColumn(parts.join(''), Number.MAX_SAFE_INTEGER).line;
    }
  }
  const text = parts.join('');
  parts.length = 0;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield { kind: 'input', source, format: 'json' };
    if (badLine !== undefined) {
      yield {
        kind: 'finding',
        finding: {
          finding: reportFinding('ENCODING_NOT_UTF8', { line: badLine }),
          origin: { source, line: badLine },
        },
      };
      return;
    }
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text) ?? text.length);
    yield {
      kind: 'finding',
      finding: {
        finding: reportFinding('JSON_SYNTAX', { line, column }),
        origin: { source, line },
      },
    };
    return;
  }
  const records = itemRecords(value, source, 'json', badLine === undefined);
  const first = records.next();
  if (!first.done) yield first.value;
  if (badLine !== undefined) {
    yield {
      kind: 'finding',
      finding: {
        finding: reportFinding('ENCODING_NOT_UTF8', { line: badLine }),
        origin: { source, line: badLine },
      },
    };
  }
  yield* records;
}
