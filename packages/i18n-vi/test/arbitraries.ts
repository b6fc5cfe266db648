import { isKhuyenCongError } from '@khuyencong/domain';
import fc from 'fast-check';

const digit = fc.constantFrom(...'0123456789');

/** Decimal strings of any size: sign, up to 40 integer digits (leading zeros too), up to 12 fraction digits. */
export const decimalStrings: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.string({ unit: digit, minLength: 1, maxLength: 40 }),
    fc.string({ unit: digit, maxLength: 12 }),
  )
  .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`);

/** Whole amounts of đồng up to 10^24, as canonical strings, biased to round report-sized figures. */
export const amounts: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 15 }))
    .map(([head, zeros]) => (BigInt(head) * 10n ** BigInt(zeros)).toString()),
);

/** The canonical form of a decimal string, computed independently of the package. */
export function canonical(value: string): string {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (match === null) throw new Error(`not a decimal: ${value}`);
  const int = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const frac = (match[3] ?? '').replace(/0+$/, '');
  const negative = match[1] === '-' && !(int === '0' && frac === '');
  return `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/** The error a call throws (or `undefined`). */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The code of the KhuyenCongError a call throws, or a description of what happened instead. */
export function errorCode(call: () => unknown): string {
  const error = thrown(call);
  if (error === undefined) return 'no error';
  return isKhuyenCongError(error) ? error.code : `not a KhuyenCongError: ${String(error)}`;
}
