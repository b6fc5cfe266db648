import { type Decimal, decimalToString, makeDecimal } from './decimal';

/** The decimal marks `parseNumber` and `parseVnd` accept. */
export const DECIMAL_MARKS: readonly (',' | '.')[] = [',', '.'];

const GROUPED: Readonly<Record<',' | '.', RegExp>> = {
  ',': /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
  '.': /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
};
const SIGN = /^([+\-\u2212]?)\s*(.*)$/s;

/** A number read from text, or why it could not be: `ambiguous` carries its value in the other convention. */
export type DecimalTextResult =
  | { readonly ok: true; readonly value: Decimal }
  | { readonly ok: false; readonly ambiguous: string | undefined };

function readWith(body: string, negative: boolean, mark: ',' | '.'): Decimal | undefined {
  const match = GROUPED[mark].exec(body);
  if (match === null) return undefined;
  const int = (match[1] ?? '0').replace(mark === ',' ? /\./g : /,/g, '');
  return makeDecimal(negative, int, match[2] ?? '');
}

/**
 * Reads a printed number: an optional sign, digits grouped by thousands, and a decimal part. A text that is
 * not a number in `mark`'s convention but is one in the other is ambiguous.
 */
export function readDecimalText(text: string, mark: ',' | '.'): DecimalTextResult {
  const signed = SIGN.exec(text.trim());
  const sign = signed?.[1] ?? '';
  const body = signed?.[2] ?? '';
  const negative = sign !== '' && sign !== '+';
  const value = readWith(body, negative, mark);
  if (value !== undefined) return { ok: true, value };
  const other = readWith(body, negative, mark === ',' ? '.' : ',');
  return { ok: false, ambiguous: other === undefined ? undefined : decimalToString(other) };
}
