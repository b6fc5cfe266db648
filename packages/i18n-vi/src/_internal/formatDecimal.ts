import type { Language } from '../messages/readLanguage';
import type { Decimal } from './decimal';

/** The marks a language writes numbers with. */
interface NumberMarks {
  /** Groups thousands. */
  readonly group: string;
  /** Separates the fraction. */
  readonly decimal: string;
}

/** Vietnamese: "." groups thousands and "," marks decimals (Luật Kế toán); English: the other way round. */
const NUMBER_MARKS: Readonly<Record<Language, NumberMarks>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Groups an integer digit string by thousands ("1234567" → "1.234.567" with "."). */
function groupThousands(int: string, group: string): string {
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let index = head; index < int.length; index += 3) {
    out += `${group}${int.slice(index, index + 3)}`;
  }
  return out;
}

/** Writes a (rounded) decimal in a language, padding the fraction to `minimumFractionDigits`. */
export function writeDecimal(
  decimal: Decimal,
  minimumFractionDigits: number,
  lang: Language,
): string {
  const marks = NUMBER_MARKS[lang];
  const frac = decimal.frac.padEnd(minimumFractionDigits, '0');
  const sign = decimal.negative ? '-' : '';
  const int = groupThousands(decimal.int, marks.group);
  return frac === '' ? sign + int : `${sign}${int}${marks.decimal}${frac}`;
}
