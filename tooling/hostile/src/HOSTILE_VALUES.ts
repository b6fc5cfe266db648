/** One value of the hostile table, with the label a failure names it by. */
export interface HostileValue {
  readonly label: string;
  readonly value: unknown;
}

const MEGABYTE = 1_000_000;

function hostile(label: string, value: unknown): HostileValue {
  return { label, value };
}

/** An array of `length` holes: `length` is real, no element is. */
function holes(length: number): unknown[] {
  return new Array(length);
}

/**
 * What a JS caller (or a spreadsheet cell, or a JSON body) can hand a public function by mistake or on
 * purpose: wrong types, boxed primitives, edge numbers, bigints past any cap, strings that look like numbers
 * in other scripts, prototype keys, control and bidi characters, formula cells, strings of a megabyte (the
 * largest input the suite promises an answer to within 50 ms), objects that coerce, objects with no
 * prototype, array-likes that lie about their length, invalid dates, collections, promises and thenables.
 * Some are valid inputs of some export (`0` for `formatNumber`); none is a value any predicate of this repo
 * accepts, so a predicate must answer `false` for each.
 */
export const HOSTILE_VALUES: readonly HostileValue[] = Object.freeze([
  hostile('undefined', undefined),
  hostile('null', null),
  hostile('true', true),
  hostile('false', false),
  hostile('0', 0),
  hostile('-0', -0),
  hostile('-1', -1),
  hostile('0.1', 0.1),
  hostile('1.5', 1.5),
  hostile('NaN', Number.NaN),
  hostile('Infinity', Number.POSITIVE_INFINITY),
  hostile('-Infinity', Number.NEGATIVE_INFINITY),
  hostile('2**53 + 2', 2 ** 53 + 2),
  hostile('1e21', 1e21),
  hostile('1e-7', 1e-7),
  hostile('-1n', -1n),
  hostile('2n ** 64n', 2n ** 64n),
  hostile('10n ** 1000n + 1n', 10n ** 1000n + 1n),
  hostile("''", ''),
  hostile("' '", ' '),
  hostile("'\\t\\n'", '\t\n'),
  hostile("'-0'", '-0'),
  hostile("'1e3'", '1e3'),
  hostile("'0x10'", '0x10'),
  hostile("'Infinity'", 'Infinity'),
  hostile('Arabic-Indic digits', '١٢٣'),
  hostile('full-width digits', '１２３'),
  hostile("'1.000.000,5.5'", '1.000.000,5.5'),
  hostile("'__proto__'", '__proto__'),
  hostile("'constructor'", 'constructor'),
  hostile("'hasOwnProperty'", 'hasOwnProperty'),
  hostile("'toString'", 'toString'),
  hostile('NUL', '\u0000'),
  hostile('right-to-left override', 'a\u202eb'),
  hostile('terminal escape', '\u001b[31mđỏ\u001b[0m\u001b]0;title\u0007'),
  hostile('formula cell', '=HYPERLINK("http://example.invalid","x")'),
  hostile('lone surrogate', '\ud800'),
  hostile('emoji with modifier', '👍🏽'),
  hostile('combining marks', 'a\u0301\u0323\u0301\u0323'),
  hostile('1 MB of x', 'x'.repeat(MEGABYTE)),
  hostile('1 MB of 9', '9'.repeat(MEGABYTE)),
  hostile('100,000 ones then x', `${'1'.repeat(100_000)}x`),
  hostile('"1," 50,000 times', '1,'.repeat(50_000)),
  hostile('"1." 50,000 times then đồng', `${'1.'.repeat(50_000)} đồng`),
  hostile('100,000 spaces then x', `${' '.repeat(100_000)}x`),
  hostile('100,000 letters with diacritics', 'Đắk Lắk '.repeat(12_500)),
  hostile("'2024-02-30'", '2024-02-30'),
  hostile("'2024-13-01'", '2024-13-01'),
  hostile("'+002024-01-01'", '+002024-01-01'),
  hostile("'2024-1-1'", '2024-1-1'),
  hostile('symbol', Symbol('hostile')),
  hostile('function', () => 1),
  hostile('class', class Hostile {}),
  hostile('{}', {}),
  hostile('[]', []),
  hostile('[undefined]', [undefined]),
  hostile('[[[]]]', [[[]]]),
  hostile('5 holes', holes(5)),
  hostile('100,000 strings', new Array<string>(100_000).fill('1')),
  hostile('Object.create(null)', Object.create(null)),
  hostile(
    'own __proto__ key',
    JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":1}}'),
  ),
  hostile('object with toString', { toString: () => '1' }),
  hostile('object with valueOf', { valueOf: () => 1 }),
  hostile(
    'object that throws when coerced',
    Object.freeze({
      [Symbol.toPrimitive](): never {
        throw new Error('hostile: coerced');
      },
    }),
  ),
  hostile('array-like of length 1e9', { length: 1e9 }),
  hostile('array-like of length -1', { length: -1 }),
  // biome-ignore lint/suspicious/noThenProperty: a thenable is what this value is for.
  hostile('thenable', { then: () => undefined }),
  hostile("new String('123')", new String('123')),
  hostile('new Number(1)', new Number(1)),
  hostile('new Boolean(false)', new Boolean(false)),
  hostile('Object(1n)', Object(1n)),
  hostile('invalid Date', new Date(Number.NaN)),
  hostile('Date at the end of time', new Date(8.64e15)),
  hostile('regular expression', /x/g),
  hostile('Map', new Map([['a', 1]])),
  hostile('Set', new Set([1])),
  hostile('promise', Promise.resolve(1)),
  hostile('Uint8Array', new Uint8Array([0xff, 0xfe, 0x00])),
  hostile('ArrayBuffer', new ArrayBuffer(8)),
  hostile('Error', new Error('hostile')),
  hostile('frozen {}', Object.freeze({})),
]);
