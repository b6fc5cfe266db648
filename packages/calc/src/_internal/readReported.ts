import { AMOUNT_QUALIFIERS, type AmountQualifier } from '@khuyencong/domain';
import { invalidArgument } from './assertIterable';
import {
  invalidDecimal,
  parseDecimal,
  parseNonNegativeAmount,
  type ScaledDecimal,
} from './parseAmount';
import { scaled } from './scaled';

/** @internal A figure read from a plain input or a `ReportedAmount` / `ReportedPercent` object. */
export interface Figure<T> {
  readonly value: T;
  readonly qualifier: AmountQualifier | undefined;
}

interface FigureRecord {
  readonly amount?: unknown;
  readonly percent?: unknown;
  readonly qualifier?: unknown;
}

function isRecord(value: unknown): value is FigureRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal An approximate word, validated against `AMOUNT_QUALIFIERS`; `undefined` when absent. */
export function readQualifier(value: unknown, parameter: string): AmountQualifier | undefined {
  if (value === undefined) return undefined;
  if ((AMOUNT_QUALIFIERS as readonly unknown[]).includes(value)) return value as AmountQualifier;
  throw invalidArgument(parameter, value, `one of ${AMOUNT_QUALIFIERS.join(', ')}`);
}

/**
 * @internal A non-negative amount given plainly or as a `ReportedAmount` (`{ amount, qualifier? }`);
 * `override` (an option) replaces the object's qualifier when given.
 */
export function readReportedAmount(
  input: unknown,
  parameter: string,
  override?: unknown,
): Figure<bigint> {
  const qualifier = readQualifier(override, `${parameter}Qualifier`);
  if (!isRecord(input)) return { value: parseNonNegativeAmount(input, parameter), qualifier };
  const value = parseNonNegativeAmount(input.amount, `${parameter}.amount`);
  return {
    value,
    qualifier: qualifier ?? readQualifier(input.qualifier, `${parameter}.qualifier`),
  };
}

/**
 * @internal A non-negative percent given plainly (`'93.5'`) or as a `ReportedPercent`; its scale (the
 * number of decimals as printed) is kept.
 */
export function readReportedPercent(
  input: unknown,
  parameter: string,
  override?: unknown,
): Figure<ScaledDecimal> {
  const qualifier = readQualifier(override, 'percentQualifier');
  const record = isRecord(input);
  const name = record ? `${parameter}.percent` : parameter;
  const value = parseDecimal(record ? input.percent : input, name);
  if (value.units < 0n) throw invalidDecimal(record ? input.percent : input, name, 'negative');
  const own = record ? readQualifier(input.qualifier, `${parameter}.qualifier`) : undefined;
  return { value, qualifier: qualifier ?? own };
}

/** @internal The `tolerance` option in percent (default 5) as a fraction (`0.05`); 0 ≤ t < 100. */
export function readTolerance(value: unknown): ScaledDecimal {
  if (value === undefined) return scaled(5n, 2);
  const percent = parseDecimal(value, 'tolerance');
  if (percent.units < 0n || percent.units >= 100n * 10n ** BigInt(percent.scale)) {
    throw invalidDecimal(value, 'tolerance', 'out-of-range');
  }
  return scaled(percent.units, percent.scale + 2);
}
