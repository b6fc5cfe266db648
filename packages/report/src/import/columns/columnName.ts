import { cellValue } from '../../_internal/cellValue';
import { MAX_HEADER_LENGTH } from '../csv/MAX_HEADER_LENGTH';

/**
 * @internal A header as findings name its column: trimmed, and cut to its first 200 characters when it is over
 * {@link MAX_HEADER_LENGTH} (such a header is not matched; its findings do not carry all of it).
 */
export function columnName(header: string): string {
  const name = header.trim();
  return name.length > MAX_HEADER_LENGTH ? cellValue(name) : name;
}
