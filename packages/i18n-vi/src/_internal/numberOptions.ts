import { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
import type { Decimal } from './decimal';
import { fail } from './fail';
import { writeDecimal } from './formatDecimal';
import { choiceOption, integerOption } from './options';
import { roundDecimal } from './roundDecimal';

/** The resolved fraction-digit and rounding options of the number formatters. */
export interface NumberOptions {
  readonly minimumFractionDigits: number;
  readonly maximumFractionDigits: number | undefined;
  readonly rounding: RoundingMode;
}

/** Reads and checks `minimumFractionDigits`, `maximumFractionDigits` and `rounding`. */
export function numberOptions(
  options: Readonly<Record<string, unknown>>,
  defaultMaximum: number | undefined,
  fn: string,
): NumberOptions {
  const minimumFractionDigits = integerOption(options, 'minimumFractionDigits', 0, 100, 0, fn);
  const maximumFractionDigits = integerOption(
    options,
    'maximumFractionDigits',
    0,
    100,
    defaultMaximum === undefined ? undefined : Math.max(defaultMaximum, minimumFractionDigits),
    fn,
  );
  if (maximumFractionDigits !== undefined && maximumFractionDigits < minimumFractionDigits) {
    fail(
      'INVALID_OPTION',
      `${fn}: maximumFractionDigits (${maximumFractionDigits}) is less than minimumFractionDigits (${minimumFractionDigits}).`,
      { option: 'maximumFractionDigits', value: String(maximumFractionDigits) },
    );
  }
  const rounding = choiceOption(options, 'rounding', ROUNDING_MODES, 'halfExpand', fn);
  return { minimumFractionDigits, maximumFractionDigits, rounding };
}

/** Rounds and writes a decimal with resolved options: "1.234.567,891". */
export function formatWith(decimal: Decimal, options: NumberOptions): string {
  const rounded =
    options.maximumFractionDigits === undefined
      ? decimal
      : roundDecimal(decimal, options.maximumFractionDigits, options.rounding);
  return writeDecimal(rounded, options.minimumFractionDigits);
}
