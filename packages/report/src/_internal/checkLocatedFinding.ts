import { FINDING_SEVERITIES } from '@khuyencong/domain';
import type { LocatedFinding } from '../model/LocatedFinding';
import { checkOrigin } from './checkOrigin';
import { ARRAY, checkShape, type FieldShape, oneOf, optional, RECORD, STRING } from './checkShape';
import { invalidArgument } from './invalidArgument';
import { isPlainRecord } from './isPlainRecord';
import { ownField } from './ownField';

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

const SEVERITIES: ReadonlySet<unknown> = new Set(FINDING_SEVERITIES);

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Whether a located finding is well formed, in as few reads as can tell (see the checks of {@link checkLocatedFinding}). */
function isWellFormed(item: unknown): item is LocatedFinding {
  if (!isPlainRecord(item) || !Object.hasOwn(item, 'finding') || !Object.hasOwn(item, 'origin')) {
    return false;
  }
  const { finding, origin } = item as { readonly finding: unknown; readonly origin: unknown };
  if (!isOptionalString(ownField(item, 'projectId'))) return false;
  if (!isPlainRecord(finding) || !isPlainRecord(origin)) return false;
  const { code, severity, details, path, legalReference } = finding as Readonly<
    Record<string, unknown>
  >;
  if (typeof code !== 'string' || code === '' || !SEVERITIES.has(severity)) return false;
  if (!isPlainRecord(details) || (path !== undefined && !Array.isArray(path))) return false;
  if (legalReference !== undefined && !isPlainRecord(legalReference)) return false;
  const { source, line, column } = origin as Readonly<Record<string, unknown>>;
  if (typeof source !== 'string' || !isOptionalString(column)) return false;
  if (!isOptionalString(ownField(origin, 'path'))) return false;
  if (
    line !== undefined &&
    !(typeof line === 'number' && Number.isSafeInteger(line) && line >= 0)
  ) {
    return false;
  }
  for (const key in details) if (!isDetail(details[key])) return false;
  return true;
}

/**
 * @internal Checks a {@link LocatedFinding} handed to a public function (a renderer, `findingToJson`, the
 * builder): `INVALID_ARGUMENT` naming the first field that is not what a finding has (a code, a severity,
 * details of text, numbers, booleans or `null`; an origin with a source).
 */
export function checkLocatedFinding(item: unknown, fn: string, parameter: string): LocatedFinding {
  // The common case in a few reads (a renderer checks every finding of a result: a million of them, say);
  // the checks below only when something is off, to say what.
  if (isWellFormed(item)) return item;
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
