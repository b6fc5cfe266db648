import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerBracket } from './headerBracket';

/** The pattern the scan replaced (quadratic), as the oracle. */
const BRACKET = /^(.*?)\s*[([]([^)\]]*)[)\]]\s*$/u;

function byPattern(header: string): { name: string; inside: string } | undefined {
  const match = BRACKET.exec(header);
  return match === null ? undefined : { name: match[1] ?? '', inside: match[2] ?? '' };
}

describe('headerBracket', () => {
  it('splits a header into its name and the part in brackets at its end', () => {
    expect(headerBracket('Tổng kinh phí (triệu đồng)')).toEqual({
      name: 'Tổng kinh phí',
      inside: 'triệu đồng',
    });
    expect(headerBracket('Kinh phí [Đơn vị tính: nghìn đồng]  ')).toEqual({
      name: 'Kinh phí',
      inside: 'Đơn vị tính: nghìn đồng',
    });
    expect(headerBracket('a (b) (c)')).toEqual({ name: 'a (b)', inside: 'c' });
    expect(headerBracket('a ((b)')).toEqual({ name: 'a', inside: '(b' });
    expect(headerBracket('()')).toEqual({ name: '', inside: '' });
    expect(headerBracket('Tổng kinh\nphí (triệu)')).toEqual({
      name: 'Tổng kinh\nphí',
      inside: 'triệu',
    });
    for (const none of ['Năm', 'a (b', 'a b)', '(a) b', ')', '', '(((']) {
      expect(headerBracket(none)).toBeUndefined();
    }
  });

  it('reads every header as the pattern it replaced did (headers without line breaks)', () => {
    const header = fc.string({
      unit: fc.constantFrom('a', 'ă', ' ', '\t', '\u00a0', '(', ')', '[', ']', 'đ', '1'),
      maxLength: 16,
    });
    fc.assert(
      fc.property(header, (text) => {
        expect(headerBracket(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3_000 },
    );
  });
});
