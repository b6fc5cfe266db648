import type { IsoDate } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import type * as z from 'zod/mini';
import type { Rule, ValidationResult } from '../rules/Rule';
import { runRules } from '../rules/runRules';
import { fail } from './fail';
import { resolveAsOf } from './resolveAsOf';
import { schemaFindings } from './schemaFindings';

/** @internal What a data check needs besides its input. */
export interface ParsedCheck<T, F> {
  /** The schema the input must match; its issues become `INVALID_FIELD` findings. */
  readonly schema: z.ZodMiniType<T>;
  /** The `asOf` option as given (unchecked). */
  readonly asOf: unknown;
  /** The `timeZone` option as given (unchecked): whose calendar date a `Date` in `asOf` stands for. */
  readonly timeZone: unknown;
  /** The date of the data to judge on when `asOf` is absent (the approval date). */
  readonly fallback: (data: T) => IsoDate | undefined;
  /** What is missing when there is neither. */
  readonly missing: string;
  /** The rules to run (unchecked: `runRules` checks them). */
  readonly rules: unknown;
  /** The default rules. */
  readonly defaultRules: readonly Rule<F>[];
  /**
   * The `prevalidated` option as given (unchecked): `true` when the caller guarantees the input already
   * matches `schema`, so it is not parsed again.
   */
  readonly prevalidated: unknown;
  /** The facts the rules check, from the parsed data. */
  readonly facts: (data: T, asOf: IsoDate) => F;
}

/**
 * @internal Parses the input (malformed data comes back as findings, not thrown; skipped when the caller
 * vouches for it with `prevalidated: true`), settles the "as of" date (the option, else the data's own date)
 * and runs the rules on the facts.
 */
export function checkParsed<T, F>(input: unknown, check: ParsedCheck<T, F>): ValidationResult {
  const requested =
    check.asOf === undefined ? undefined : resolveAsOf(check.asOf, undefined, '', check.timeZone);
  let data: T;
  if (check.prevalidated === true) {
    data = input as T;
  } else if (check.prevalidated === undefined || check.prevalidated === false) {
    const parsed = check.schema.safeParse(input);
    if (!parsed.success) return { ok: false, findings: schemaFindings(parsed.error) };
    data = parsed.data;
  } else {
    return fail(
      'INVALID_OPTION',
      `Expected prevalidated to be a boolean, got ${describeValue(check.prevalidated)}.`,
      {
        parameter: 'prevalidated',
        value: describeValue(check.prevalidated),
        expected: 'true or false',
      },
    );
  }
  const asOf =
    requested ?? resolveAsOf(undefined, check.fallback(data), check.missing, check.timeZone);
  const rules = (check.rules ?? check.defaultRules) as readonly Rule<F>[];
  return runRules(rules, check.facts(data, asOf), { asOf });
}
