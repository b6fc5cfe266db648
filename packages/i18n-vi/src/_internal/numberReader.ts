import type { ReadNumberOptions } from '../words/ReadNumberOptions';
import { DIGIT_WORDS } from './digitWords';
import { choiceOption, optionsRecord } from './options';

/** Precomputed words for one option set: the readings of 0-999 and the scale words. */
export interface NumberReader {
  /** The reading of a first group, without "không trăm" ("một", "mười lăm", "một trăm lẻ năm"). */
  readonly lead: readonly string[];
  /** The reading of a later group, always with its hundreds ("không trăm lẻ một"). */
  readonly full: readonly string[];
  /** " nghìn" or " ngàn". */
  readonly thousand: string;
  /** " tỷ", " tỷ tỷ", … by count (index 0 is empty), grown on demand. */
  readonly billions: string[];
  /** "tỷ" or "tỉ". */
  readonly billion: string;
  /** " phẩy " or " chấm ". */
  readonly point: string;
}

function tensAndUnits(tens: number, units: number, zeroTens: string, four: string): string {
  const unitWord = DIGIT_WORDS[units] ?? '';
  if (tens === 0) return `${zeroTens} ${unitWord}`;
  const head = tens === 1 ? 'mười' : `${DIGIT_WORDS[tens]} mươi`;
  if (units === 0) return head;
  if (units === 5) return `${head} lăm`;
  if (tens === 1) return `${head} ${unitWord}`;
  if (units === 1) return `${head} mốt`;
  return `${head} ${units === 4 ? four : unitWord}`;
}

function buildReader(
  zeroTens: string,
  four: string,
  thousand: string,
  billion: string,
  point: string,
): NumberReader {
  const lead: string[] = [];
  const full: string[] = [];
  for (let value = 0; value < 1000; value += 1) {
    const hundreds = Math.floor(value / 100);
    const tens = Math.floor(value / 10) % 10;
    const units = value % 10;
    const rest = value % 100 === 0 ? '' : tensAndUnits(tens, units, zeroTens, four);
    const withHundreds = `${DIGIT_WORDS[hundreds]} trăm${rest === '' ? '' : ` ${rest}`}`;
    full.push(withHundreds);
    if (hundreds > 0) lead.push(withHundreds);
    else if (tens === 0) lead.push(DIGIT_WORDS[units] ?? '');
    else lead.push(rest);
  }
  return { lead, full, thousand: ` ${thousand}`, billions: [''], billion, point: ` ${point} ` };
}

const readers: Record<string, NumberReader | undefined> = {};
let standardReader: NumberReader | undefined;

/** The (cached) reader for an options argument; checks every option. */
export function numberReader(options: ReadNumberOptions | undefined, fn: string): NumberReader {
  if (options === undefined) {
    standardReader ??= buildReader('lẻ', 'tư', 'nghìn', 'tỷ', 'phẩy');
    return standardReader;
  }
  const record = optionsRecord(options, fn);
  const zeroTens = choiceOption(record, 'zeroTens', ['lẻ', 'linh'], 'lẻ', fn);
  const four = choiceOption(record, 'four', ['tư', 'bốn'], 'tư', fn);
  const thousand = choiceOption(record, 'thousand', ['nghìn', 'ngàn'], 'nghìn', fn);
  const billion = choiceOption(record, 'billion', ['tỷ', 'tỉ'], 'tỷ', fn);
  const point = choiceOption(record, 'decimalSeparator', ['phẩy', 'chấm'], 'phẩy', fn);
  const key = `${zeroTens} ${four} ${thousand} ${billion} ${point}`;
  const cached = readers[key];
  if (cached !== undefined) return cached;
  const reader = buildReader(zeroTens, four, thousand, billion, point);
  readers[key] = reader;
  return reader;
}

function billions(reader: NumberReader, count: number): string {
  let words = reader.billions[count];
  while (words === undefined) {
    reader.billions.push(`${reader.billions[reader.billions.length - 1]} ${reader.billion}`);
    words = reader.billions[count];
  }
  return words;
}

/**
 * Reads a canonical integer digit string. Groups of three are read fully after the first non-zero
 * group; all-zero groups are skipped; each 9-digit block ends with its "tỷ" words once, so that
 * 1.100.000.000.000 is "một nghìn một trăm tỷ" and 10^18 "một tỷ tỷ".
 */
export function readInteger(int: string, reader: NumberReader): string {
  const length = int.length;
  const groups = Math.ceil(length / 3);
  let out = '';
  let blockHasWords = false;
  let end = length - (groups - 1) * 3;
  let start = 0;
  for (let group = groups - 1; group >= 0; group -= 1) {
    let value = 0;
    for (let index = start; index < end; index += 1)
      value = value * 10 + int.charCodeAt(index) - 48;
    const position = group % 3;
    if (value !== 0) {
      if (out === '') out = reader.lead[value] ?? '';
      else out += ` ${reader.full[value]}`;
      if (position === 2) out += ' triệu';
      else if (position === 1) out += reader.thousand;
      blockHasWords = true;
    }
    if (position === 0 && blockHasWords && group > 0) {
      out += billions(reader, group / 3);
      blockHasWords = false;
    }
    start = end;
    end += 3;
  }
  return out === '' ? 'không' : out;
}

/** Reads fraction digits: leading zeros one by one, then up to three digits as a number, longer tails digit by digit. */
export function readFraction(frac: string, reader: NumberReader): string {
  let zeros = 0;
  while (zeros < frac.length && frac.charCodeAt(zeros) === 48) zeros += 1;
  const rest = frac.slice(zeros);
  const words: string[] = [];
  for (let index = 0; index < zeros; index += 1) words.push('không');
  if (rest.length > 3) {
    for (let index = 0; index < rest.length; index += 1)
      words.push(DIGIT_WORDS[rest.charCodeAt(index) - 48] ?? '');
  } else if (rest !== '') {
    words.push(reader.lead[Number(rest)] ?? '');
  }
  return words.join(' ');
}
