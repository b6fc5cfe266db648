import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalText } from './terminalText';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const CONTROLS = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('terminalText', () => {
  it('removes colour, cursor and screen sequences whole', () => {
    expect(terminalText('DA-\u001b[31mĐỎ\u001b[0m-01')).toBe('DA-ĐỎ-01');
    expect(terminalText('a\u001b[2J\u001b[1;1Hb')).toBe('ab');
    expect(terminalText('x\u001b[?25ly')).toBe('xy');
    expect(terminalText('reset\u001bc here')).toBe('reset here');
    expect(terminalText('charset\u001b(Bok')).toBe('charsetok');
    expect(terminalText('8-bit\u009b31mred')).toBe('8-bitred');
  });

  it('removes a window title (OSC) with its text, ended by BEL or ST', () => {
    expect(terminalText('de-an\u001b]0;pwned\u0007.csv')).toBe('de-an.csv');
    expect(terminalText('de-an\u001b]0;pwned\u001b\\.csv')).toBe('de-an.csv');
    expect(terminalText('link \u001b]8;;http://x.example\u0007bấm\u001b]8;;\u0007')).toBe(
      'link bấm',
    );
  });

  it('an unterminated OSC loses its ESC ] only: the rest of the report is not swallowed', () => {
    expect(terminalText('a\u001b]0;title\nnext line')).toBe('a0;title\nnext line');
  });

  it('removes lone C0 (but line feed and tab), CR, DEL, C1 and the bidi overrides and isolates', () => {
    expect(terminalText('a\u0000b\u0007c\u0008d\re\u007ff\u0085g\u009fh')).toBe('abcdefgh');
    expect(terminalText('line 1\n\tline 2')).toBe('line 1\n\tline 2');
    expect(terminalText('id\u202eTXT.exe\u202c \u2066x\u2069')).toBe('idTXT.exe x');
    expect(terminalText('mark\u200e kept\u200f')).toBe('mark\u200e kept\u200f');
  });

  it('leaves Vietnamese text as it is, the same string when there is nothing to remove', () => {
    const text = 'Đắk Lắk: 73,5 tỷ đồng — 93,51%\n';
    expect(terminalText(text)).toBe(text);
  });

  it('its result has no control character but line feed and tab, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\u001b', '[', ']', '\u0007', '\\', '\u009b', '\u009c', '3', 'm', ';'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (text) => {
          const safe = terminalText(text);
          expect(CONTROLS.test(safe)).toBe(false);
          expect(terminalText(safe)).toBe(safe);
        },
      ),
    );
  });

  it('is linear: 1,000,000 characters of unterminated sequences', () => {
    for (const unit of ['\u001b]0;a', '\u001b[1', '\u001b', `\u001b]${'a'.repeat(1000)}`]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      const safe = terminalText(text);
      const took = performance.now() - started;
      expect(CONTROLS.test(safe)).toBe(false);
      expect(took).toBeLessThan(1000);
    }
  });
});
