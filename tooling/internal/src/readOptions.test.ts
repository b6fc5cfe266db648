import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOptions } from './readOptions';

class OptionFailure extends Error {
  readonly details: Readonly<Record<string, string>>;
  constructor(message: string, details: Readonly<Record<string, string>>) {
    super(message);
    this.details = details;
  }
}
const error = (
  _code: 'INVALID_OPTION',
  message: string,
  details: Readonly<Record<string, string>>,
) => new OptionFailure(message, details);

function failureOf(value: unknown, fn?: string): OptionFailure {
  try {
    readOptions(value as object, 'options', error, fn);
  } catch (thrown) {
    if (thrown instanceof OptionFailure) return thrown;
  }
  throw new Error(`readOptions accepted ${String(value)}`);
}

describe('readOptions', () => {
  it('reads undefined as an empty bag that inherits nothing', () => {
    const bag = readOptions(undefined, 'options', error);
    const prototype: unknown = Object.getPrototypeOf(bag);
    expect([
      Object.keys(bag),
      Object.getPrototypeOf(prototype),
      Object.isFrozen(prototype),
    ]).toEqual([[], null, true]);
    expect(Reflect.ownKeys(prototype as object)).toEqual([]);
    expect('toString' in bag).toBe(false);
  });

  it('copies the own enumerable properties of a plain or null-prototype object, nothing inherited', () => {
    const base = { inherited: 1 };
    const child = Object.assign(Object.create(null) as object, { own: 2 });
    const withHidden = Object.defineProperty({ shown: 3 }, 'hidden', {
      value: 4,
      enumerable: false,
    });
    expect(readOptions({ a: 1 }, 'options', error)).toEqual({ a: 1 });
    expect({ ...readOptions(child, 'options', error) }).toEqual({ own: 2 });
    expect({ ...readOptions(withHidden, 'options', error) }).toEqual({ shown: 3 });
    expect(() => readOptions(Object.create(base) as object, 'options', error)).toThrow(
      OptionFailure,
    );
  });

  it('never reads a property polluted onto Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['rounding'] = 'floor';
    try {
      const bag = readOptions<{ rounding?: string; decimals?: number }>(
        { decimals: 2 },
        'o',
        error,
      );
      expect([
        bag.rounding,
        bag.decimals,
        readOptions<{ rounding?: string }>(undefined, 'o', error).rounding,
      ]).toEqual([undefined, 2, undefined]);
    } finally {
      delete prototype['rounding'];
    }
  });

  it('keeps an own __proto__ key (from JSON) as data, not as a prototype', () => {
    const bag = readOptions(JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as object, 'o', error);
    expect([Object.keys(bag), Object.getOwnPropertyDescriptor(bag, '__proto__')?.value]).toEqual([
      ['__proto__', 'y'],
      { x: 1 },
    ]);
    expect('x' in bag).toBe(false);
  });

  it('refuses anything but a plain object with INVALID_OPTION details', () => {
    class Options {
      rounding = 'floor';
    }
    const rejected = [
      [],
      'floor',
      new Date(0),
      new Map(),
      new Options(),
      new String('x'),
      null,
      12,
      () => 1,
    ];
    expect(rejected.map((value) => failureOf(value).details['value'])).toEqual([
      'array',
      '"floor"',
      'Date',
      'object',
      'object',
      'object',
      'null',
      '12',
      'function',
    ]);
    const failure = failureOf([1], 'formatVnd');
    expect([failure.message, failure.details]).toEqual([
      'formatVnd: Expected options to be a plain object, got array.',
      { parameter: 'options', value: 'array', expected: 'a plain object' },
    ]);
  });

  it('gives back exactly the own entries of any plain object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (options) => {
        expect(Object.entries(readOptions(options, 'o', error))).toEqual(Object.entries(options));
      }),
    );
  });
});
