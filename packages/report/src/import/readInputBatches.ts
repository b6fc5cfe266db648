import type { ImportRecord } from '../model/ImportRecord';
import { inputBatches } from './inputBatches';
import type { ReadInputOptions } from './ReadInputOptions';

/**
 * The records of {@link readInput}, the same and in the same order, handed on in arrays (one per piece of
 * the input read, a few hundred rows): for a consumer of millions of rows, one `await` per batch instead of one
 * per record. Each batch is handed on once and not touched again.
 *
 * @param options - `source`, `content`, `format`, `implementingUnit`, `maxLineLength` (see {@link ReadInputOptions}).
 * @returns the records, batch by batch.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} as {@link readInput} does.
 * @category Import
 * @example
 * ```ts
 * import { readInputBatches } from '@khuyencong/report';
 * const kinds = [];
 * for await (const batch of readInputBatches({ source: 'l.csv', content: 'scope,year,planned\ncentral-highlands,2024,78.6 tỷ\nmiền Trung - Tây Nguyên,2024,"78,6 tỷ"\n' })) kinds.push(...batch.map((record) => record.kind));
 * kinds
 * //=> ['input', 'rejected', 'lines']
 * ```
 */
export async function* readInputBatches(
  options: ReadInputOptions,
): AsyncGenerator<readonly ImportRecord[]> {
  yield* inputBatches(options, 'readInputBatches');
}
