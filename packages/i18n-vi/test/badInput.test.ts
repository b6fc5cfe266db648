// Every public function, fed anything a JS caller could pass: it returns a value or throws a coded
// KhuyenCongError; never a TypeError, never NaN or "undefined" in its output.
import { isKhuyenCongError } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

type AnyFunction = (...args: unknown[]) => unknown;

const NAMES = [
  'formatNumber',
  'formatVnd',
  'formatPercent',
  'formatDate',
  'formatPeriod',
  'readNumber',
  'readVnd',
  'parseNumber',
  'parseVnd',
  'parseNumberWords',
  'labelOf',
  'fieldLabelOf',
  'termOf',
  'formatTerm',
  'formatLegalReference',
  'formatMessage',
  'readLanguage',
] as const;
const EXPORTS: Readonly<Record<string, unknown>> = { ...api };
const FUNCTIONS: Readonly<Record<string, AnyFunction>> = Object.fromEntries(
  NAMES.map((name) => [name, EXPORTS[name] as AnyFunction]),
);

const inputs = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withTypedArray: true }),
  fc.string(),
  fc.stringMatching(/^[-+]?[\d.,]{1,20}( ?(nghìn|triệu|tỷ|tỉ|đồng|đ|VND))*$/),
  fc.double(),
);

/** Options with a language, good or bad, as the last argument of the functions that write words. */
const languageOptions = fc.oneof(
  fc.record({ lang: fc.constantFrom('vi', 'en', 'fr', 'EN', '', undefined) }),
  fc.record({ lang: inputs }),
  inputs,
);

describe('bad input', () => {
  it('covers every public function of the package', () => {
    const exported = Object.entries(api)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter(
        (name) =>
          !name.startsWith('compare') &&
          name !== 'removeDiacritics' &&
          name !== 'slugify' &&
          name !== 'messageOf',
      );
    expect(exported.sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  it.each(Object.keys(FUNCTIONS))('%s returns a value or throws a coded error', (name) => {
    const fn = FUNCTIONS[name] as AnyFunction;
    fc.assert(
      fc.property(
        inputs,
        fc.option(inputs, { nil: undefined }),
        fc.option(languageOptions, { nil: undefined }),
        (first, second, third) => {
          let result: unknown;
          try {
            result = fn(first, second, third);
          } catch (error) {
            expect(
              isKhuyenCongError(error),
              `${name} threw ${error instanceof Error ? error.stack : typeof error}`,
            ).toBe(true);
            return;
          }
          const text = typeof result === 'string' ? result : JSON.stringify(result);
          expect(text).not.toMatch(/NaN|undefined|\[object/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('text helpers and messageOf never throw on strings', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.anything(),
        languageOptions,
        (a, b, anything, options) => {
          expect(typeof api.removeDiacritics(a)).toBe('string');
          expect(typeof api.slugify(a)).toBe('string');
          expect(Number.isNaN(api.compareVietnamese(a, b))).toBe(false);
          expect(Number.isNaN(api.compareVietnameseNames(a, b))).toBe(false);
          expect(typeof api.messageOf(anything)).toBe('string');
          expect(typeof api.messageOf(anything, options as never)).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
