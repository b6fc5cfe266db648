/**
 * A decimal number written as a canonical string: `-?\d+(\.\d+)?` with no exponent, no grouping, no
 * trailing fractional zeros and no `-0` (`'93.5'`, `'52.03'`, `'-0.25'`). Percentages and ratios cross
 * package boundaries in this form so that no value goes through a JS floating-point number.
 *
 * @category Money
 */
export type DecimalString = string;
