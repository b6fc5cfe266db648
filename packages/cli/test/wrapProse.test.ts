import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapProse } from '../src/output/wrapProse';
import { cli, FIXTURES } from './inProcess';

const WORD = fc.stringMatching(/^[a-zàáạảãâầấậẩẫăđêềếệểễôồốộổỗơờớợởỡưừứựửữ0-9,.:()]{1,12}$/);
const LINE = fc
  .tuple(fc.constantFrom('', '  ', '  - '), fc.array(WORD, { minLength: 1, maxLength: 60 }))
  .map(([lead, words]) => lead + words.join(' '));

describe('wrapProse', () => {
  it('keeps every line within 100 columns and every word, in order', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const wrapped = wrapProse(text);
        for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
        expect(wrapped.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
    );
  });

  it('indents the continuation of a bullet under its text; leaves tables and long words whole', () => {
    const bullet = `  - de-an.csv:7 · đề án DA-06: ${'một hai ba '.repeat(12).trim()}`;
    expect(wrapProse(bullet).split('\n')).toEqual([
      '  - de-an.csv:7 · đề án DA-06: một hai ba một hai ba một hai ba một hai ba một hai ba một hai ba một',
      '    hai ba một hai ba một hai ba một hai ba một hai ba một hai ba',
    ]);
    const table = `Mã  Nội dung\n──  ${'─'.repeat(120)}\nA   ${'x '.repeat(60)}`;
    expect(wrapProse(table)).toBe(table);
    const address = `https://example.vn/${'a'.repeat(120)}`;
    expect(wrapProse(`Nguồn: ${address}`)).toBe(`Nguồn:\n${address}`);
  });

  it('never breaks a command to copy', () => {
    const command =
      'khuyencong check test/fixtures/de-an-2000-loi.csv --code CELL_UNKNOWN_CODE --format json';
    const line = `  … và 88 phát hiện khác; để xem tất cả: ${command}`;
    expect(wrapProse(line, [command]).split('\n')).toEqual([
      '  … và 88 phát hiện khác; để xem tất cả:',
      `    ${command}`,
    ]);
    expect(wrapProse(line).split('\n')[1]).not.toContain('khuyencong');
  });

  it('the report and check texts: no prose line over 100 columns but commands to copy', async () => {
    const texts = [
      (await cli(['report'])).stdout,
      (await cli(['check', `${FIXTURES}/de-an-2000-loi.csv`])).stdout,
      (await cli(['report', '--help'])).stdout,
    ];
    for (const text of texts) {
      for (const block of text.split('\n\n')) {
        if (block.includes('──')) continue;
        // A command to copy is never broken, however long.
        const long = block
          .split('\n')
          .filter((line) => line.length > 100 && !line.startsWith('    khuyencong check '));
        expect(long).toEqual([]);
      }
    }
  });
});
