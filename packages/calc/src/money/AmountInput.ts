/**
 * What calc accepts as an amount of whole đồng: a plain integer string (`'73500000000'`, `'-1500'`, also
 * with leading zeros, `'007'`), a bigint, or a safe-integer number. Rejected with `INVALID_AMOUNT`:
 * fractions (`'1.5'`, `'1.0'`, `1.5`), exponents (`'7.35e10'`), grouping (`'73.500.000.000'`), signs other
 * than one leading `-`, spaces, empty strings, unsafe or non-finite numbers, and any other type.
 *
 * @category Arithmetic
 */
export type AmountInput = string | bigint | number;

/**
 * What calc accepts as a decimal number (a percent, a factor, a ratio): a plain decimal string (`'52.03'`,
 * `'-0.5'`, `'1.50'`), a bigint or a safe-integer number. Non-integer JS numbers (`52.03`) are rejected with
 * `INVALID_DECIMAL`: pass the figure as a string so that no binary floating point is involved.
 *
 * @category Arithmetic
 */
export type DecimalInput = string | bigint | number;
