import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue';

describe('describeValue', () => {
  it('describes every kind of value the same way in every package', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(
      [
        '12a',
        '',
        12n,
        -1.5,
        Number.NaN,
        true,
        null,
        undefined,
        new Date(0),
        [1, 2],
        () => 1,
        Symbol('s'),
        {},
        Object.create(null),
        new String('boxed'),
        new Number(1),
        new Map(),
        revoked.proxy,
      ].map(describeValue),
    ).toEqual([
      '"12a"',
      '""',
      '12n',
      '-1.5',
      'NaN',
      'true',
      'null',
      'undefined',
      'Date',
      'array',
      'function',
      'symbol',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  it('cuts a string after 40 characters with …, and escapes it as JSON', () => {
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(`${'a'.repeat(39)}"\n`)).toBe(`"${'a'.repeat(39)}\\"…"`);
  });

  it('never splits a surrogate pair', () => {
    expect(describeValue(`${'a'.repeat(39)}😀b`)).toBe(`"${'a'.repeat(39)}…"`);
  });

  it('quotes every string as JSON of at most 40 code units and …, a prefix of the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const quoted: unknown = JSON.parse(describeValue(text));
        expect(typeof quoted).toBe('string');
        const shown = quoted as string;
        if (text.length <= 40) {
          expect(shown).toBe(text);
        } else {
          expect(shown.endsWith('…')).toBe(true);
          expect(shown.length).toBeLessThanOrEqual(41);
          expect(text.startsWith(shown.slice(0, -1))).toBe(true);
        }
      }),
    );
  });

  it('never throws and stays short, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withBoxedValues: true }), (v) => {
        expect(describeValue(v).length).toBeLessThanOrEqual(2 + 6 * 41);
      }),
    );
  });
});
