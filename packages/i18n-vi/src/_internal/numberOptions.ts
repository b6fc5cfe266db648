import { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
import type { Language } from '../messages/readLanguage';
import type { Decimal } from './decimal';
import { fail } from './fail';
import { writeDecimal } from './formatDecimal';
import { languageOption } from './languageOption';
import { choiceOption, integerOption } from './options';
import { roundDecimal } from './roundDecimal';

/** The resolved fraction-digit, rounding and language options of the number formatters. */
export interface NumberOptions {
  readonly minimumFractionDigits: number;
  readonly maximumFractionDigits: number | undefined;
  readonly rounding: RoundingMode;
  readonly lang: Language;
}

/** Reads and checks `minimumFractionDigits`, `maximumFractionDigits`, `rounding` and `lang`. */
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
  return {
    minimumFractionDigits,
    maximumFractionDigits,
    rounding,
    lang: languageOption(options, fn),
  };
}

/** Rounds and writes a decimal with resolved options: "1.234.567,891" (Vietnamese), "1,234,567.891" (English). */
export function formatWith(decimal: Decimal, options: NumberOptions): string {
  const rounded =
    options.maximumFractionDigits === undefined
      ? decimal
      : roundDecimal(decimal, options.maximumFractionDigits, options.rounding);
  return writeDecimal(rounded, options.minimumFractionDigits, options.lang);
}
