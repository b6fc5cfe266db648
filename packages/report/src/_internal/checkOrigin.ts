import type { RecordOrigin } from '../model/RecordOrigin';
import { checkShape, type FieldShape, optional, STRING } from './checkShape';

const LINE: FieldShape = optional(
  Object.freeze({
    test: (value: unknown) =>
      typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
    expected: 'a line number',
  }),
);

const ORIGIN: Readonly<Record<string, FieldShape>> = Object.freeze({
  source: STRING,
  line: LINE,
  column: optional(STRING),
  path: optional(STRING),
});

/**
 * @internal Checks the origin of a record or finding handed to a public function: a source, and an optional
 * line (a whole number), column and path; `INVALID_ARGUMENT` naming the first field that is wrong.
 */
export function checkOrigin(origin: unknown, fn: string, parameter: string): RecordOrigin {
  checkShape(origin, ORIGIN, fn, parameter);
  return origin as RecordOrigin;
}
