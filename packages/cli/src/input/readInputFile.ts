import { extname } from 'node:path';
import type { InputRecord } from './InputRecord';
import { openInput } from './openInput';
import { readCsvInput } from './readCsvInput';
import { readJsonRecords } from './readJsonRecords';

/**
 * Reads the records of an input file: JSON when its name ends in `.json`, else CSV (streamed).
 *
 * @param file - the path of the file.
 * @param onRow - called with the number of CSV data rows read so far.
 * @returns the records, as they are read.
 * @throws {@link CliError} for a missing file, bad encoding, unknown column or bad cell, naming the file,
 *   line and column.
 * @category Input
 */
export async function* readInputFile(
  file: string,
  onRow?: (rows: number) => void,
): AsyncGenerator<InputRecord> {
  const stream = await openInput(file);
  try {
    if (extname(file).toLowerCase() === '.json') yield* await readJsonRecords(stream, file);
    else yield* readCsvInput(stream, file, onRow);
  } finally {
    stream.destroy();
  }
}
