import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_PATTERNS, amountIssue } from './amountIssue';
import { costAmountSchema, vndAmountSchema } from './amountSchemas';

/** The patterns before issue 11, super-linear on long digit runs (`'1'.repeat(1e5) + 'x'`: 9 s). */
const FORMER = {
  canonical: /^(?:0|-?[1-9]\d*)$/,
  exponent: /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/,
  fraction: /^-?\d+\.\d*[1-9]\d*$/,
} as const;

const LONG = 100_000;

/** Inputs of 100,000 characters that made the former patterns backtrack, or could make any such pattern do so. */
const LONG_INPUTS: Readonly<Record<string, string>> = {
  'ones then x': `${'1'.repeat(LONG)}x`,
  'ones, a point, ones then x': `${'1'.repeat(LONG / 2)}.${'1'.repeat(LONG / 2)}x`,
  'one point, zeros then x': `1.${'0'.repeat(LONG)}x`,
  'ones then e': `${'1'.repeat(LONG)}e`,
  'ones then e and x': `${'1'.repeat(LONG)}e1x`,
  'minus zero point zeros': `-0.${'0'.repeat(LONG)}`,
};

/** The longest a pattern may take on 100,000 characters (issue 11). */
const LIMIT_MS = 50;

function took(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('the amount patterns (issue 11: no super-linear regex on input)', () => {
  // Timed in a unit test because issue 11 asks for it: each former pattern at 100,000 characters.
  for (const [name, pattern] of Object.entries(AMOUNT_PATTERNS)) {
    for (const [label, input] of Object.entries(LONG_INPUTS)) {
      it(`${name} runs in under ${LIMIT_MS} ms on ${label} (100,000 characters), without the length bound`, () => {
        expect(took(() => pattern.test(input))).toBeLessThan(LIMIT_MS);
      });
    }
  }

  it('both schemas answer in under 50 ms on each long input, with reason too-long', () => {
    for (const input of Object.values(LONG_INPUTS)) {
      for (const schema of [vndAmountSchema, costAmountSchema]) {
        let result: ReturnType<typeof schema.safeParse> | undefined;
        expect(took(() => (result = schema.safeParse(input)))).toBeLessThan(LIMIT_MS);
        expect(result?.error?.issues[0]).toMatchObject({
          code: 'custom',
          params: { code: 'INVALID_AMOUNT', reason: 'too-long' },
        });
      }
    }
  });

  it('accept exactly what the former patterns accepted', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', 'x', ' '),
      maxLength: 14,
    });
    fc.assert(
      fc.property(text, (value) => {
        for (const name of ['canonical', 'exponent', 'fraction'] as const) {
          expect([name, AMOUNT_PATTERNS[name].test(value)]).toEqual([
            name,
            FORMER[name].test(value),
          ]);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('amountIssue digit cap (MAX_AMOUNT_DIGITS, 300, for strings and bigints alike)', () => {
  const nines = '9'.repeat(MAX_AMOUNT_DIGITS);
  it('accepts 300 digits, with or without a sign, as a string or a bigint', () => {
    expect(amountIssue(nines, true)).toBeUndefined();
    expect(amountIssue(`-${nines}`, true)).toBeUndefined();
    expect(amountIssue(BigInt(nines), true)).toBeUndefined();
    expect(amountIssue(-BigInt(nines), true)).toBeUndefined();
    expect(vndAmountSchema.parse(BigInt(nines))).toBe(nines);
  });

  it('rejects 301 digits as too-long, as a string or a bigint, negative or not', () => {
    expect(amountIssue(`1${'0'.repeat(MAX_AMOUNT_DIGITS)}`, true)).toBe('too-long');
    expect(amountIssue(`-1${'0'.repeat(MAX_AMOUNT_DIGITS)}`, true)).toBe('too-long');
    expect(amountIssue(10n ** 300n, true)).toBe('too-long');
    expect(amountIssue(-(10n ** 300n), true)).toBe('too-long');
    expect(amountIssue(10n ** 1000n + 1n, false)).toBe('too-long');
    expect(costAmountSchema.safeParse(10n ** 1000n + 1n).success).toBe(false);
  });
});

describe('amountIssue reads canonical amounts without a regular expression', () => {
  /** amountIssue as it was, with AMOUNT_PATTERNS.canonical tested on every string. */
  function byPattern(value: string, allowNegative: boolean): string | undefined {
    if (value.length > MAX_AMOUNT_DIGITS + 1) return 'too-long';
    if (!AMOUNT_PATTERNS.canonical.test(value)) {
      if (AMOUNT_PATTERNS.exponent.test(value)) return 'exponent';
      return AMOUNT_PATTERNS.fraction.test(value) ? 'fraction' : 'format';
    }
    const negative = value.charCodeAt(0) === 45;
    if (value.length === MAX_AMOUNT_DIGITS + 1 && !negative) return 'too-long';
    return negative && !allowNegative ? 'negative' : undefined;
  }

  it('gives the reason the pattern gives, for any string of amount-like characters', () => {
    const chars = fc.constantFrom('0', '1', '5', '9', '-', '+', '.', 'e', ' ', '/', ':', '\n', '٣');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: chars, maxLength: 12 }),
          fc.stringMatching(/^-?(?:0|[1-9]\d{0,20})$/),
          fc.constantFrom(
            '',
            '-',
            '0',
            '-0',
            '00',
            '01',
            '-01',
            `${'9'.repeat(MAX_AMOUNT_DIGITS)}`,
          ),
        ),
        fc.boolean(),
        (value, allowNegative) => {
          expect(amountIssue(value, allowNegative)).toBe(byPattern(value, allowNegative));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
