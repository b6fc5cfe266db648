import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText } from './jsonText';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const RAW = /[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('jsonText', () => {
  it('escapes DEL, C1 controls and bidi overrides and isolates that JSON.stringify leaves raw', () => {
    const value = { id: 'DA-\u007f\u0085\u009b2J\u202e\u2066x', ok: 'Đắk Lắk \u200f' };
    const text = jsonText(JSON.stringify(value));
    expect(text).toBe('{"id":"DA-\\u007f\\u0085\\u009b2J\\u202e\\u2066x","ok":"Đắk Lắk \u200f"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('gives back a text without them as it is', () => {
    const text = JSON.stringify({ a: 'b\u001b[31m' }, null, 2);
    expect(jsonText(text)).toBe(text);
  });

  it('keeps the JSON value of any string and leaves no raw control in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const text = jsonText(JSON.stringify([value]));
        expect(JSON.parse(text)).toEqual([value]);
        expect(RAW.test(text)).toBe(false);
      }),
    );
  });
});
