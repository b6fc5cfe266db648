import type { RecordOrigin } from '../../model/RecordOrigin';

/**
 * @internal Where a finding is, as a reader looks for it: `de-an.csv:7` (a CSV line), `seed projects[1]` (a
 * JSON path), or the input's name alone.
 */
export function whereOf(origin: RecordOrigin): string {
  if (origin.line !== undefined) return `${origin.source}:${origin.line}`;
  return origin.path === undefined ? origin.source : `${origin.source} ${origin.path}`;
}
