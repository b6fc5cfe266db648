import { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
import { describeValue, readOptions as readOwnOptions } from '@khuyencong/internal';
import { calcError } from './calcError';

/** @internal Largest number of decimals a percent or decimal result may ask for. */
export const MAX_DECIMALS = 20;

/**
 * @internal Reads an options bag with `@khuyencong/internal`'s reader: `undefined` is an empty bag, a plain
 * object gives its own properties only (never an inherited or polluted one), anything else throws
 * `INVALID_OPTION`.
 */
export function readOptions<T extends object>(
  options: T | undefined,
  parameter = 'options',
): Partial<T> {
  return readOwnOptions(options, parameter, calcError);
}

/** @internal A rounding option: one of {@link ROUNDING_MODES}, or the default when absent. */
export function readRounding(value: unknown, fallback: RoundingMode): RoundingMode {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value)) {
    return value as RoundingMode;
  }
  throw calcError(
    'INVALID_ROUNDING',
    `Unknown rounding mode ${describeValue(value)}; expected one of ${ROUNDING_MODES.join(', ')}.`,
    { parameter: 'rounding', value: describeValue(value), allowed: ROUNDING_MODES.join(', ') },
  );
}

/** @internal A `decimals` option: an integer from 0 to {@link MAX_DECIMALS}. */
export function readDecimals(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DECIMALS) {
    return value;
  }
  throw invalidOption('decimals', value, `an integer from 0 to ${MAX_DECIMALS}`);
}

/** @internal The `INVALID_OPTION` error for an option with a bad value. */
export function invalidOption(parameter: string, value: unknown, expected: string): Error {
  return calcError(
    'INVALID_OPTION',
    `Expected ${parameter} to be ${expected}, got ${describeValue(value)}.`,
    {
      parameter,
      value: describeValue(value),
      expected,
    },
  );
}
