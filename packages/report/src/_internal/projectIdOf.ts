import { MAX_CELL_LENGTH } from '../import/csv/MAX_CELL_LENGTH';

/**
 * @internal The project id that findings and records name, from the id a row or an item gives: none for an
 * empty one, nor for one longer than a cell may be (`CELL_TOO_LONG` rejects such a row; naming its id would
 * copy a megabyte into every finding and every output).
 */
export function projectIdOf(id: string): string | undefined {
  return id === '' || id.length > MAX_CELL_LENGTH ? undefined : id;
}
