import { FINDING_SEVERITIES } from '@khuyencong/domain';
import type { LocatedFinding } from '../model/LocatedFinding';
import { checkOrigin } from './checkOrigin';
import { ARRAY, checkShape, type FieldShape, oneOf, optional, RECORD, STRING } from './checkShape';
import { invalidArgument } from './invalidArgument';

/** A finding's detail: text, a finite number, a boolean or `null`. */
function isDetail(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

const CODE: FieldShape = Object.freeze({
  test: (value: unknown) => typeof value === 'string' && value !== '',
  expected: 'a finding code',
});

const FINDING: Readonly<Record<string, FieldShape>> = Object.freeze({
  code: CODE,
  severity: oneOf(FINDING_SEVERITIES),
  details: RECORD,
  path: optional(ARRAY),
  legalReference: optional(RECORD),
});

/**
 * @internal Checks a {@link LocatedFinding} handed to a public function (a renderer, `findingToJson`, the
 * builder): `INVALID_ARGUMENT` naming the first field that is not what a finding has (a code, a severity,
 * details of text, numbers, booleans or `null`; an origin with a source).
 */
export function checkLocatedFinding(item: unknown, fn: string, parameter: string): LocatedFinding {
  const located = checkShape(
    item,
    { finding: RECORD, origin: RECORD, projectId: optional(STRING) },
    fn,
    parameter,
  );
  const finding = checkShape(located['finding'], FINDING, fn, `${parameter}.finding`);
  checkOrigin(located['origin'], fn, `${parameter}.origin`);
  const details = finding['details'] as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(details)) {
    if (!isDetail(details[key])) {
      invalidArgument(
        'INVALID_ARGUMENT',
        fn,
        `${parameter}.finding.details.${key}`,
        details[key],
        'text, a finite number, a boolean or null',
      );
    }
  }
  return item as LocatedFinding;
}
