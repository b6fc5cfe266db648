import {
  DIGIT_VALUES,
  UNITS_AFTER_TEN,
  UNITS_AFTER_TENS,
  UNITS_AFTER_ZERO_TENS,
  wordValue,
} from './numberWords';

/** One group (0-999) as read: its value and whether its hundreds (or a "lẻ") were said. */
export interface GroupReading {
  readonly value: number;
  readonly explicit: boolean;
}

const ZERO_TENS = ['lẻ', 'linh'];

/** A cursor over the words of a number reading, with the grammar of one group of three digits. */
export class WordCursor {
  position = 0;

  /**
   * @param words - the words, lower case.
   * @param reject - throws the caller's error for the word at a position.
   */
  constructor(
    readonly words: readonly string[],
    private readonly reject: (position: number) => never,
  ) {}

  peek(offset = 0): string | undefined {
    return this.words[this.position + offset];
  }

  /** 10-99 read with "mười" or "mươi", or `undefined` (nothing consumed). */
  tens(): number | undefined {
    const word = this.peek();
    if (word === 'mười') {
      this.position += 1;
      const units = wordValue(UNITS_AFTER_TEN, this.peek());
      if (units === undefined) return 10;
      this.position += 1;
      return 10 + units;
    }
    const digit = wordValue(DIGIT_VALUES, word);
    if (digit === undefined || digit < 2 || this.peek(1) !== 'mươi') return undefined;
    this.position += 2;
    const units = wordValue(UNITS_AFTER_TENS, this.peek());
    if (units === undefined) return digit * 10;
    this.position += 1;
    return digit * 10 + units;
  }

  /** "lẻ"/"linh" and what follows: a unit after hundreds, or 1-99 in the form without "không trăm". */
  private zeroTens(afterHundreds: boolean): number | undefined {
    if (!ZERO_TENS.includes(this.peek() ?? '')) return undefined;
    this.position += 1;
    const tens = afterHundreds ? undefined : this.tens();
    if (tens !== undefined) return tens;
    const unit = wordValue(UNITS_AFTER_ZERO_TENS, this.peek());
    if (unit === undefined) return this.reject(this.position);
    this.position += 1;
    return unit;
  }

  /** One group: 1-999, or 0 for "không trăm"; `undefined` (nothing consumed) when the words are not a group. */
  group(): GroupReading | undefined {
    const digit = wordValue(DIGIT_VALUES, this.peek());
    if (digit !== undefined && this.peek(1) === 'trăm') {
      this.position += 2;
      const rest = this.zeroTens(true) ?? this.tens() ?? 0;
      return { value: digit * 100 + rest, explicit: true };
    }
    const afterZero = this.zeroTens(false);
    if (afterZero !== undefined) return { value: afterZero, explicit: true };
    const tens = this.tens();
    if (tens !== undefined) return { value: tens, explicit: false };
    if (digit === undefined || digit === 0) return undefined;
    this.position += 1;
    return { value: digit, explicit: false };
  }
}
