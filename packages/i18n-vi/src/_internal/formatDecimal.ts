import type { Decimal } from './decimal';

/** Groups an integer digit string by thousands with "." ("1234567" → "1.234.567"). */
export function groupThousands(int: string): string {
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let index = head; index < int.length; index += 3) out += `.${int.slice(index, index + 3)}`;
  return out;
}

/** Writes a (rounded) decimal the Vietnamese way, padding the fraction to `minimumFractionDigits`. */
export function writeDecimal(decimal: Decimal, minimumFractionDigits: number): string {
  const frac = decimal.frac.padEnd(minimumFractionDigits, '0');
  const sign = decimal.negative ? '-' : '';
  return frac === ''
    ? sign + groupThousands(decimal.int)
    : `${sign}${groupThousands(decimal.int)},${frac}`;
}
