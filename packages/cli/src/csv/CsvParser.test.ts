import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors/CliError';
import { readCsvRecords } from './readCsvRecords';

async function parse(
  chunks: readonly (string | Uint8Array)[],
): Promise<{ line: number; cells: readonly string[] }[]> {
  const encoder = new TextEncoder();
  const bytes = chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk));
  const records = [];
  for await (const record of readCsvRecords(bytes, 'test.csv')) records.push(record);
  return records;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

describe('readCsvRecords', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, counting lines', async () => {
    const records = await parse(['a;b\r\n"x;1";"say ""hi"""\r\n"two\r\nlines";z\r\n\r\nlast;row']);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'say "hi"'] },
      { line: 3, cells: ['two\r\nlines', 'z'] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('strips a BOM and detects the delimiter', async () => {
    expect(await parse(['\uFEFFMã,Tên\n1,"a,b"\n'])).toEqual([
      { line: 1, cells: ['Mã', 'Tên'] },
      { line: 2, cells: ['1', 'a,b'] },
    ]);
  });

  it('reports bytes that are not UTF-8 on their line, and an unclosed quote', async () => {
    const bad = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xe3, 0x0a]);
    await expect(parse([bad])).rejects.toMatchObject({ code: 'ENCODING', location: { line: 3 } });
    await expect(parse(['a,b\n"open,1\n'])).rejects.toBeInstanceOf(CliError);
  });

  it('reads back any table it is given, however the bytes are split', async () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'ă', 'Đ', ' ', ',', ';', '"', '\n', '\r\n', '1', 'ế'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';'),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (delimiter, body, cuts) => {
          const rows = [['Mã đề án', 'Tên đề án'], ...body].filter((row) =>
            row.some((cellText) => cellText !== ''),
          );
          const text = `${rows.map((row) => row.map((value) => quote(value, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
          const bytes = new TextEncoder().encode(text);
          const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks = [0, ...points].map((start, index) =>
            bytes.subarray(start, [...points, bytes.length][index]),
          );
          const records = await parse(chunks);
          expect(records.map((record) => record.cells)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
