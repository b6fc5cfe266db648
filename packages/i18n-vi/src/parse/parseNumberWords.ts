import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { decimalToString, makeDecimal } from '../_internal/decimal';
import { fail } from '../_internal/fail';
import { DIGIT_VALUES, wordValue } from '../_internal/numberWords';
import { WordCursor } from '../_internal/WordCursor';

type Reject = (position: number, why?: string) => never;

interface ScaledGroup {
  readonly start: number;
  readonly value: number;
  readonly explicit: boolean;
  readonly inner: number;
  readonly billions: number;
}

const INNER_SCALES: Readonly<Record<string, number>> = { nghìn: 1, ngàn: 1, triệu: 2 };
const BILLIONS = ['tỷ', 'tỉ'];
const POINTS = ['phẩy', 'chấm'];

function atEndOfInteger(cursor: WordCursor, offset = 0): boolean {
  const word = cursor.peek(offset);
  return word === undefined || POINTS.includes(word);
}

function scaledGroups(cursor: WordCursor, reject: Reject): ScaledGroup[] {
  const groups: ScaledGroup[] = [];
  while (!atEndOfInteger(cursor)) {
    const start = cursor.position;
    const reading = cursor.group();
    if (reading === undefined || reading.value === 0) return reject(start);
    const inner = wordValue(INNER_SCALES, cursor.peek()) ?? 0;
    if (inner > 0) cursor.position += 1;
    let billions = 0;
    while (BILLIONS.includes(cursor.peek() ?? '')) {
      billions += 1;
      cursor.position += 1;
    }
    groups.push({ start, value: reading.value, explicit: reading.explicit, inner, billions });
  }
  return groups;
}

/** The position (in groups of three digits) of each group: a run of "tỷ" scales its whole 9-digit block. */
function groupPositions(groups: readonly ScaledGroup[]): number[] {
  const positions: number[] = [];
  let blockStart = 0;
  groups.forEach((group, index) => {
    if (group.billions === 0) return;
    for (let member = blockStart; member <= index; member += 1) {
      positions[member] = 3 * group.billions + (groups[member]?.inner ?? 0);
    }
    blockStart = index + 1;
  });
  for (let member = blockStart; member < groups.length; member += 1) {
    positions[member] = groups[member]?.inner ?? 0;
  }
  return positions;
}

function integerWords(cursor: WordCursor, reject: Reject): string {
  if (cursor.peek() === 'không' && atEndOfInteger(cursor, 1)) {
    cursor.position += 1;
    return '0';
  }
  const groups = scaledGroups(cursor, reject);
  if (groups.length === 0) return reject(cursor.position, 'expected a number at');
  const positions = groupPositions(groups);
  // The digits the words are worth, before any is written: "một tỷ tỷ tỷ…" must not build a megabyte.
  const length = 3 * (positions[0] ?? 0) + String(groups[0]?.value ?? '').length;
  if (length > MAX_AMOUNT_DIGITS) tooLong(cursor.words, length);
  let digits = '';
  let previous = (positions[0] ?? 0) + 1;
  for (const [index, group] of groups.entries()) {
    const position = positions[index] ?? 0;
    if (position >= previous) reject(group.start);
    if (index > 0 && position === 0 && !group.explicit) {
      reject(group.start, 'a last group must say its hundreds ("không trăm") or "lẻ", at');
    }
    digits += '000'.repeat(previous - position - 1);
    digits += index === 0 ? String(group.value) : String(group.value).padStart(3, '0');
    previous = position;
  }
  return digits + '000'.repeat(previous);
}

/** Words worth more than `MAX_AMOUNT_DIGITS` digits: `INVALID_NUMBER_WORDS` with `reason: 'too-long'`. */
function tooLong(words: readonly string[], digits: number): never {
  const text = words.join(' ');
  return fail(
    'INVALID_NUMBER_WORDS',
    `parseNumberWords: the words are worth ${digits} digits, more than ${MAX_AMOUNT_DIGITS}.`,
    {
      value: detailValue(text),
      word: words[0] ?? '',
      reason: 'too-long',
      limit: String(MAX_AMOUNT_DIGITS),
    },
  );
}

function fractionWords(cursor: WordCursor, reject: Reject): string {
  const start = cursor.position;
  const words = cursor.words.slice(start);
  if (words.length > MAX_AMOUNT_DIGITS) tooLong(cursor.words, words.length);
  let zeros = 0;
  while (words[zeros] === 'không') zeros += 1;
  const tail = words.slice(zeros);
  cursor.position = cursor.words.length;
  if (words.length === 0) return reject(start, 'expected digits after the decimal word, at');
  if (tail.every((word) => wordValue(DIGIT_VALUES, word) !== undefined)) {
    return '0'.repeat(zeros) + tail.map((word) => wordValue(DIGIT_VALUES, word)).join('');
  }
  const tailCursor = new WordCursor(tail, (position) => reject(start + zeros + position));
  const reading = tailCursor.group();
  if (reading === undefined || tail[0] === 'lẻ' || tail[0] === 'linh') return reject(start + zeros);
  if (tailCursor.position !== tail.length) return reject(start + zeros + tailCursor.position);
  return '0'.repeat(zeros) + String(reading.value);
}

/**
 * Reads a number written in Vietnamese words back into a decimal string: the inverse of `readNumber` for
 * every option set (lẻ/linh, tư/bốn, nghìn/ngàn, tỷ/tỉ, phẩy/chấm), case-insensitive. It also reads the common
 * variants "mươi một", "mươi năm", "nhăm", "bẩy", "lẻ tư", "mười tư", and groups without "không trăm" when a
 * scale word follows ("hai tỷ ba mươi triệu") or after "lẻ" ("một nghìn lẻ một", as n2words writes). It refuses
 * what speech leaves ambiguous: a last group with neither hundreds nor "lẻ" ("một nghìn hai" may mean 1.200).
 *
 * @param text - the words, e.g. `'hai mươi bảy phẩy ba trăm mười hai'`.
 * @returns a canonical decimal string, e.g. `'27.312'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER_WORDS` for words that are not a number reading (or a
 *   non-string), with the offending word in `details`; also, with `reason: 'too-long'`, for words worth more
 *   than `MAX_AMOUNT_DIGITS` (300) digits ("một tỷ tỷ … tỷ" with 34 "tỷ").
 * @category Parsing
 * @example
 * ```ts
 * import { parseNumberWords } from '@khuyencong/i18n-vi';
 * [parseNumberWords('Bảy mươi ba tỷ năm trăm triệu'), parseNumberWords('một nghìn một trăm tỉ'), parseNumberWords('âm hai mươi tư phẩy không năm')]
 * //=> ['73500000000', '1100000000000', '-24.05']
 * (() => { try { return parseNumberWords(`một${' tỷ'.repeat(34)}`); } catch (error) { return (error as { details: { reason: string } }).details.reason; } })()
 * //=> 'too-long'
 * ```
 */
export function parseNumberWords(text: string): string {
  if (typeof text !== 'string') {
    return fail(
      'INVALID_NUMBER_WORDS',
      `parseNumberWords expects a string, got ${describeValue(text)}.`,
      {
        value: detailValue(text),
      },
    );
  }
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const reject: Reject = (position, why = 'unexpected word') =>
    fail(
      'INVALID_NUMBER_WORDS',
      `${JSON.stringify(text)} is not a Vietnamese number reading: ${why} ${JSON.stringify(words[position] ?? '(end)')} (word ${position + 1}).`,
      { value: text, word: words[position] ?? '', position },
    );
  const cursor = new WordCursor(words, reject);
  const negative = cursor.peek() === 'âm';
  if (negative) cursor.position += 1;
  const int = integerWords(cursor, reject);
  let frac = '';
  if (cursor.peek() !== undefined) {
    cursor.position += 1;
    frac = fractionWords(cursor, reject);
  }
  return decimalToString(makeDecimal(negative, int, frac));
}
