import { FINDING_SEVERITIES, isIsoDate } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { isObject } from '../_internal/resolveAsOf';
import type { Rule, RuleDefinition } from './Rule';

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const ID = /^[a-zA-Z0-9][\w.:/-]*$/;

/**
 * Defines a rule for {@link runRules}: checks the definition once, so that a bad rule fails where it is
 * written, not when data is checked.
 *
 * @param definition - code, severity, legal reference, optional dates and id, and the `check` function.
 * @returns the frozen rule, with `id` defaulting to the code.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_RULE` for a code that is not SCREAMING_SNAKE, an unknown
 *   severity, a missing legal reference or `check`, a date that is not `YYYY-MM-DD`, or `effectiveFrom`
 *   after `effectiveTo`.
 * @category Rules
 * @example
 * ```ts
 * import { defineRule, runRules } from '@khuyencong/validation';
 * const maxBeneficiaries = defineRule<{ beneficiaries: readonly unknown[] }>({
 *   code: 'TOO_MANY_BENEFICIARIES',
 *   severity: 'warning',
 *   legalReference: { document: 'nq-hdnd-dak-lak-2025-khuyen-cong' },
 *   effectiveFrom: '2025-07-26',
 *   check: (input) => (input.beneficiaries.length > 5 ? { details: { count: input.beneficiaries.length } } : undefined),
 * });
 * runRules([maxBeneficiaries], { beneficiaries: [1, 2, 3, 4, 5, 6] }, { asOf: '2025-08-01' }).findings[0]?.details
 * //=> { count: 6 }
 * ```
 */
export function defineRule<I>(definition: RuleDefinition<I>): Rule<I> {
  if (!isObject(definition)) {
    return fail(
      'INVALID_RULE',
      `Expected a rule definition object, got ${describeValue(definition)}.`,
      {
        rule: describeValue(definition),
        field: 'rules',
        reason: 'type',
      },
    );
  }
  const {
    code,
    id = code,
    severity,
    legalReference,
    effectiveFrom,
    effectiveTo,
    check,
  } = definition;
  const invalid = (field: string, reason: string, what: string): never =>
    fail('INVALID_RULE', `Rule ${describeValue(id)}: ${what}.`, {
      rule: typeof id === 'string' ? id : describeValue(id),
      field,
      reason,
    });
  if (typeof code !== 'string' || !CODE.test(code)) {
    invalid('code', 'format', `the code must be SCREAMING_SNAKE_CASE, got ${describeValue(code)}`);
  }
  if (typeof id !== 'string' || !ID.test(id)) {
    invalid('id', 'format', `the id must be a non-empty word, got ${describeValue(id)}`);
  }
  if (!(FINDING_SEVERITIES as readonly unknown[]).includes(severity)) {
    invalid(
      'severity',
      'unknown',
      `the severity must be error, warning or info, got ${describeValue(severity)}`,
    );
  }
  if (
    !isObject(legalReference) ||
    typeof legalReference.document !== 'string' ||
    legalReference.document === ''
  ) {
    invalid('legalReference', 'missing', 'a legal reference with a document id is required');
  }
  for (const [field, date] of [
    ['effectiveFrom', effectiveFrom],
    ['effectiveTo', effectiveTo],
  ] as const) {
    if (date !== undefined && !isIsoDate(date)) {
      invalid(field, 'format', `${field} must be a YYYY-MM-DD date, got ${describeValue(date)}`);
    }
  }
  if (effectiveFrom !== undefined && effectiveTo !== undefined && effectiveFrom > effectiveTo) {
    invalid(
      'effectiveTo',
      'dates',
      `effectiveFrom ${effectiveFrom} is after effectiveTo ${effectiveTo}`,
    );
  }
  if (typeof check !== 'function') {
    invalid('check', 'missing', 'a check function is required');
  }
  return Object.freeze({ ...definition, id });
}
