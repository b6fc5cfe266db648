import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvItem } from './CsvItem';
import { readCsvRows } from './readCsvRows';

async function items(
  content: Parameters<typeof readCsvRows>[0],
  maxLineLength?: number,
): Promise<CsvItem[]> {
  const all: CsvItem[] = [];
  for await (const item of readCsvRows(
    content,
    maxLineLength === undefined ? {} : { maxLineLength },
  )) {
    all.push(item);
  }
  return all;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Splits bytes or text at the given points (modulo its length). */
function cut<T extends string | Uint8Array>(whole: T, points: readonly number[]): T[] {
  const at = [...new Set(points.map((point) => point % (whole.length + 1)))].sort((a, b) => a - b);
  const ends = [...at, whole.length];
  return [0, ...at].map((start, index) =>
    typeof whole === 'string'
      ? (whole.slice(start, ends[index]) as T)
      : ((whole as Uint8Array).subarray(start, ends[index]) as T),
  );
}

describe('readCsvRows', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, counting lines', async () => {
    expect(await items(['a;b\r\n"x;1";"say ""hi"""\r\n"two\r\nlines";z\r\n\r\nlast;row'])).toEqual([
      { kind: 'row', line: 1, cells: ['a', 'b'] },
      { kind: 'row', line: 2, cells: ['x;1', 'say "hi"'] },
      { kind: 'row', line: 3, cells: ['two\r\nlines', 'z'] },
      { kind: 'row', line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('strips a byte-order mark (bytes or text) and detects the delimiter', async () => {
    const expected = [
      { kind: 'row', line: 1, cells: ['Mã', 'Tên'] },
      { kind: 'row', line: 2, cells: ['1', 'a,b'] },
    ];
    expect(await items(utf8('\uFEFFMã,Tên\n1,"a,b"\n'))).toEqual(expected);
    expect(await items('\uFEFFMã,Tên\n1,"a,b"\n')).toEqual(expected);
    expect(await items([utf8('\uFEFFMã\tTên\n1\ta,b\n')])).toEqual([
      expected[0],
      { kind: 'row', line: 2, cells: ['1', 'a,b'] },
    ]);
  });

  it('reads UTF-16 with a byte-order mark, little or big endian, tab-separated ("Unicode Text")', async () => {
    const text = 'Mã đề án\tTổng kinh phí\r\nDA-01\t1.360.000.000\r\n';
    for (const littleEndian of [true, false]) {
      const bytes = utf16(text, littleEndian);
      expect(await items(cut(bytes, [1, 3, 7, 30]))).toEqual([
        { kind: 'row', line: 1, cells: ['Mã đề án', 'Tổng kinh phí'] },
        { kind: 'row', line: 2, cells: ['DA-01', '1.360.000.000'] },
      ]);
    }
  });

  it('reports the first byte that is not UTF-8 on its line, once, and reads on with replacements', async () => {
    // Windows-1258 "Mã" is 4D E3: E3 starts a three-byte sequence that the space does not continue.
    const bad = new Uint8Array([0x61, 0x0a, 0x62, 0x0d, 0x0a, 0xe3, 0x20, 0x0a, 0xff, 0x0a]);
    expect(await items(cut(bad, [6]))).toEqual([
      { kind: 'row', line: 1, cells: ['a'] },
      { kind: 'row', line: 2, cells: ['b'] },
      {
        kind: 'problem',
        line: 3,
        finding: { code: 'ENCODING_NOT_UTF8', severity: 'error', details: { line: 3 } },
      },
      { kind: 'row', line: 3, cells: ['\uFFFD '] },
      { kind: 'row', line: 4, cells: ['\uFFFD'] },
    ]);
    // A sequence cut short by the end of the input, in a chunk of its own.
    expect(
      (await items([utf8('a\nb\n'), new Uint8Array([0xe1, 0xba])])).map((item) => item.line),
    ).toEqual([1, 2, 3, 3]);
    // A real U+FFFD in UTF-8 is not a bad byte.
    expect(await items(utf8('a\n\uFFFD\n'))).toHaveLength(2);
  });

  it('reports an unclosed quote on the line it opened, with the record it swallowed', async () => {
    expect(await items('a,b\n1,2\n"open,1\n3,4\n')).toEqual([
      { kind: 'row', line: 1, cells: ['a', 'b'] },
      { kind: 'row', line: 2, cells: ['1', '2'] },
      {
        kind: 'problem',
        line: 3,
        finding: { code: 'CSV_QUOTE_NOT_CLOSED', severity: 'error', details: { line: 3 } },
      },
      { kind: 'row', line: 3, cells: ['open,1\n3,4\n'] },
    ]);
  });

  it('stops at a line over the limit, in one chunk or many, without building it', async () => {
    const long = `h1,h2\nx,${'y'.repeat(50)}\nnot,read\n`;
    const expected = [
      { kind: 'row', line: 1, cells: ['h1', 'h2'] },
      {
        kind: 'problem',
        line: 2,
        finding: { code: 'LINE_TOO_LONG', severity: 'error', details: { line: 2, limit: 20 } },
      },
    ];
    expect(await items(long, 20)).toEqual(expected);
    expect(await items(cut(long, [8, 9, 15, 30]), 20)).toEqual(expected);
    // No line break at all: the header line itself.
    expect((await items(['x'.repeat(15), 'x'.repeat(15)], 20)).map((item) => item.kind)).toEqual([
      'problem',
    ]);
    // A quoted cell that runs over many lines past the limit is an unclosed quote.
    const quoted = await items(`a,b\n1,"${'z\n'.repeat(30)}`, 20);
    expect(quoted.at(-1)).toMatchObject({ line: 2, finding: { code: 'CSV_QUOTE_NOT_CLOSED' } });
  });

  it('reads back any table it is given, however the text or bytes are split', async () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        'a',
        'ă',
        'Đ',
        ' ',
        ',',
        ';',
        '\t',
        '"',
        '\n',
        '\r\n',
        '\r',
        '1',
        'ế',
        '😀',
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'text'),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (delimiter, body, eol, encoding, points) => {
          const rows = [['Mã đề án', 'Tên đề án', 'Ghi chú'], ...body].filter((row) =>
            row.some((text) => text !== ''),
          );
          const lines = rows.map((row) =>
            row.map((value) => quote(value, delimiter)).join(delimiter),
          );
          const text = `${lines.join(eol)}${eol}`;
          const content =
            encoding === 'text'
              ? cut(text, points)
              : encoding === 'utf16le' || encoding === 'utf16be'
                ? cut(utf16(text, encoding === 'utf16le'), points)
                : cut(utf8(encoding === 'utf8-bom' ? `\uFEFF${text}` : text), points);
          const read = await items(content);
          expect(read.map((item) => (item.kind === 'row' ? item.cells : item))).toEqual(rows);
          // Each row starts on the line its text starts on.
          let line = 1;
          lines.forEach((written, index) => {
            expect(read[index]?.line).toBe(line);
            line += written.split(/\r\n|\r|\n/).length;
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses content and options of the wrong kind', async () => {
    await expect(items(42 as unknown as string)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(items([{}] as unknown as string[])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(items('a', 0)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
