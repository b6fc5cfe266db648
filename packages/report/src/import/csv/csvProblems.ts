import type { TextPiece } from '../decode/TextPiece';
import type { CsvProblem } from './CsvItem';
import { csvBatches } from './csvBatches';

/**
 * @internal How much text (1 MiB of characters) is read before any record of a CSV input is handed on: a
 * problem of the whole input found in it rejects every row, not only the rows after it.
 */
export const PROBLEM_LOOKAHEAD: number = 1 << 20;

/**
 * @internal The problems of the whole input that the given text shows (bytes that are not UTF-8, a quote
 * never closed, a line over the limit), found by parsing it once and dropping the rows: so that a reader can
 * know them before it hands on any record, without holding records (held records would make the engine
 * move every later record straight to its old generation).
 */
export async function csvProblems(
  batches: readonly (readonly TextPiece[])[],
  maxLength: number,
  ended: boolean,
): Promise<CsvProblem[]> {
  async function* replay(): AsyncGenerator<readonly TextPiece[]> {
    yield* batches;
  }
  const problems: CsvProblem[] = [];
  for await (const batch of csvBatches(replay(), maxLength, ended)) {
    for (const item of batch.items) if (item.kind === 'problem') problems.push(item);
  }
  return problems;
}
