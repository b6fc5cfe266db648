import { cpuTime } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import { type ImportRecord, readCsvRows, readInput, resolveColumns } from '../src/index';

// Issue 11, the input side: no pattern on input text is super-linear, and a line, a header or a cell over its
// limit is a coded finding. The timings in the comments are the CPU time of the former code on the same input
// (Node 22, one core); the limit is 50 ms of CPU time, the fastest of three when slow (`cpuTime`).

const LIMIT_MS = 50;
const N = 100_000;

async function read(content: string | AsyncIterable<Uint8Array>, source = 'x.csv') {
  const records: ImportRecord[] = [];
  for await (const record of readInput({ source, content, format: 'csv' })) records.push(record);
  return records;
}

/** The findings of the records with where they are: code, line, column. */
function located(records: readonly ImportRecord[]) {
  return records.flatMap((record) =>
    record.kind === 'finding'
      ? [record.finding]
      : record.kind === 'rejected'
        ? record.findings
        : [],
  );
}

const LINES_HEADER = 'Phạm vi;Năm;Kế hoạch;Thực hiện;Tỷ lệ đạt';

/** A plan/report lines table whose percent cells are `cells` (100,000 characters between them). */
function linesWithPercents(cells: readonly string[]): string {
  return `${LINES_HEADER}\n${cells.map((cell) => `Huế;2024;1 tỷ;1 tỷ;${cell}`).join('\n')}\n`;
}

describe('no super-linear pattern on input text (100,000 characters, under 50 ms of CPU)', () => {
  it('the header pattern of column resolution: one header of 100,000 characters', async () => {
    // `^(.*?)\s*[([]([^)\]]*)[)\]]\s*$` took 10.4 s on 100,000 "(", 11.0 s on "a", spaces, "a", 11.8 s
    // on "(", spaces, "a"; the header is now over the limit (not matched) and the scan is linear anyway.
    for (const header of ['('.repeat(N), `a${' '.repeat(N)}a`, `(${' '.repeat(N)}a`]) {
      const timed = await cpuTime(() => resolveColumns(['Năm', header]), { limitMs: LIMIT_MS });
      expect(timed.ms).toBeLessThan(LIMIT_MS);
      const resolved = 'value' in timed.outcome ? timed.outcome.value : undefined;
      expect(resolved).toMatchObject({
        findings: expect.arrayContaining([
          expect.objectContaining({
            finding: expect.objectContaining({
              code: 'HEADER_TOO_LONG',
              details: expect.objectContaining({ length: header.length, limit: 1_000 }),
            }),
          }),
        ]),
      });
    }
  });

  it('the header pattern of column resolution: 100 headers of 999 characters, each matched', async () => {
    // Below the limit the headers are matched: 100 × 999 "(" (the pattern: about 10 ms each, 1 s in all),
    // and 100 headers of words ("tong kinh phi " × 71) that the nearest-header suggestion compared with
    // every known header by edit distance (1.46 s; now skipped when the lengths alone are too far apart).
    for (const header of ['('.repeat(999), `(${' '.repeat(997)}a`, 'tong kinh phi '.repeat(71)]) {
      const headers = Array.from({ length: 100 }, () => header.trim());
      const timed = await cpuTime(() => resolveColumns(headers), { limitMs: LIMIT_MS });
      expect(timed.ms).toBeLessThan(LIMIT_MS);
      const resolved = 'value' in timed.outcome ? timed.outcome.value : undefined;
      const codes = (resolved as ReturnType<typeof resolveColumns>).findings.map(
        (found) => found.finding.code,
      );
      expect(codes.filter((code) => code === 'COLUMN_UNKNOWN')).toHaveLength(100);
    }
    // The scan still reads a unit in brackets.
    expect(resolveColumns(['Tổng kinh phí   (triệu đồng)']).columns.get('totalCost')?.unit).toBe(
      'trieu',
    );
  });

  it('the percent-cell patterns: four cells of 25,000 characters in readInput', async () => {
    // `\s*%$` (the % sign and the spaces before it) took 12.2 s on "1", 100,000 spaces, "1"; `0+$`
    // (trailing zeros of the fraction) 11.5 s on "1.", 100,000 zeros, "1". On four cells of 25,000 (a cell
    // is at most 32,768 characters) they took about 3 s each.
    // Each cell different (rows and tries), so that the remembered answers of a column do not time a hit.
    let drawn = 0;
    const fresh = (cell: (n: number) => string): string[] =>
      [1, 2, 3, 4].map(() => {
        drawn += 1;
        return cell(drawn);
      });
    const worst: Readonly<Record<string, (n: number) => string>> = {
      spaces: (n) => `${n}${' '.repeat(24_999 - String(n).length)}1`,
      zeros: (n) => `1.${'0'.repeat(24_997 - String(n).length)}${n}1`,
      sign: (n) => `${n}${' '.repeat(24_999 - String(n).length)}%`,
    };
    for (const [kind, cell] of Object.entries(worst)) {
      expect(cell(12_345)).toHaveLength(25_000);
      const timed = await cpuTime(() => read(linesWithPercents(fresh(cell))), {
        limitMs: LIMIT_MS,
      });
      expect(timed.ms).toBeLessThan(LIMIT_MS);
      const records = 'value' in timed.outcome ? (timed.outcome.value as ImportRecord[]) : [];
      // Each row is read: a number, spaces and a % sign is that percent; the others are rejected, not a
      // percent, or (the zeros) a percent longer than the schema allows.
      const expected: Readonly<Record<string, string | undefined>> = {
        spaces: 'CELL_NOT_PERCENT',
        zeros: 'INVALID_FIELD',
        sign: undefined,
      };
      const code = expected[kind];
      expect(records).toHaveLength(5);
      expect(located(records).map((f) => [f.finding.code, f.origin.line, f.origin.column])).toEqual(
        code === undefined ? [] : [2, 3, 4, 5].map((line) => [code, line, 'Tỷ lệ đạt']),
      );
    }
    // What they read is what they read before: "93,50 %" is 93.5, "1.000" zeros dropped, "%" alone is not a percent.
    const records = await read(linesWithPercents(['93,50 %', `1.${'0'.repeat(9)}`, '%']));
    expect(
      records.map((record) =>
        record.kind === 'lines'
          ? record.report?.reportedAttainment?.percent
          : record.kind === 'rejected'
            ? record.findings.map((f) => f.finding.code)
            : record.kind,
      ),
    ).toEqual(['input', '93.5', '1', ['CELL_NOT_PERCENT']]);
  });

  it('a cell of 100,000 characters is over the cell limit: a finding, not a long read', async () => {
    const timed = await cpuTime(() => read(linesWithPercents([`1${' '.repeat(N - 2)}1`])), {
      limitMs: LIMIT_MS,
    });
    expect(timed.ms).toBeLessThan(LIMIT_MS);
    const records = 'value' in timed.outcome ? (timed.outcome.value as ImportRecord[]) : [];
    expect(located(records).map((f) => [f.finding.code, f.origin.line, f.origin.column])).toEqual([
      ['CELL_TOO_LONG', 2, 'Tỷ lệ đạt'],
    ]);
  });
});

/** `total` bytes of text, generated lazily in chunks of 64 KiB (one buffer, reused), counting what was pulled. */
function lazyBytes(head: string, total: number, fill = 'x') {
  const chunk = new Uint8Array(1 << 16).fill(fill.charCodeAt(0));
  const pulled = { bytes: 0 };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const first = new TextEncoder().encode(head);
    pulled.bytes += first.length;
    yield first;
    while (pulled.bytes < total) {
      pulled.bytes += chunk.length;
      yield chunk;
    }
  }
  return { chunks: chunks(), pulled };
}

describe('a line of 200 MB without a line break', () => {
  const TOTAL = 200 * 1024 * 1024;

  it('ends at once with LINE_TOO_LONG, having read a few MB (the limit and the first MiB)', async () => {
    for (const head of ['', `${LINES_HEADER}\nHuế;2024;1 tỷ;1 tỷ;90\n`]) {
      const { chunks, pulled } = lazyBytes(head, TOTAL);
      const started = performance.now();
      const records = await read(chunks);
      expect(performance.now() - started).toBeLessThan(5_000);
      // Memory stays bounded: nothing past the limit (1,000,000 characters) and one chunk was pulled.
      expect(pulled.bytes).toBeLessThan(3 * 1024 * 1024);
      const line = head === '' ? 1 : 3;
      expect(
        located(records).map((f) => [f.finding.code, f.origin.line, f.finding.details]),
      ).toEqual([['LINE_TOO_LONG', line, { line, limit: 1_000_000 }]]);
      // The long line is a rejected row when it is not the header (the row above it too: a problem found
      // in the first MiB spoils every row).
      expect(records.filter((record) => record.kind === 'rejected')).toHaveLength(
        head === '' ? 0 : 2,
      );
    }
  });

  it('readCsvRows stops there too', async () => {
    const { chunks, pulled } = lazyBytes('a,b\n', TOTAL);
    const items = [];
    for await (const item of readCsvRows(chunks)) items.push(item);
    expect(items.map((item) => (item.kind === 'row' ? item.cells : item.finding.code))).toEqual([
      ['a', 'b'],
      'LINE_TOO_LONG',
    ]);
    expect(pulled.bytes).toBeLessThan(2 * 1024 * 1024);
  });
});

const PROJECTS_HEADER = [
  'Mã đề án',
  'Nội dung',
  'Tỉnh',
  'Năm',
  'Nguồn kinh phí',
  'Tổng kinh phí',
  'Kinh phí hỗ trợ',
  'Ghi chú',
];

function project(id: string, note = '', total = '1 tỷ'): string {
  return [id, 'máy móc', 'Huế', '2024', 'quốc gia', total, '200 triệu', note].join(';');
}

describe('a header over 1,000 characters', () => {
  it('is a HEADER_TOO_LONG warning, its column ignored, and the file read on', async () => {
    const long = `Ghi chú ${'x'.repeat(993)}`;
    const header = [...PROJECTS_HEADER.slice(0, -1), long, 'Cột lạ'].join(';');
    const records = await read(
      `${header}\n${project('DA-1')};\n${project('DA-2', '', '1,3x tỷ')};\n`,
    );
    expect(records.map((record) => record.kind)).toEqual([
      'input',
      'finding',
      'finding',
      'project',
      'rejected',
    ]);
    const cut = `${long.slice(0, 199)}…`;
    expect(located(records).map((f) => [f.finding.code, f.origin.line, f.origin.column])).toEqual([
      ['HEADER_TOO_LONG', 1, cut],
      ['COLUMN_UNKNOWN', 1, 'Cột lạ'],
      ['CELL_NOT_AMOUNT', 3, 'Tổng kinh phí'],
    ]);
    expect(located(records)[0]?.finding).toEqual({
      code: 'HEADER_TOO_LONG',
      severity: 'warning',
      details: { header: cut, length: 1_001, limit: 1_000 },
    });
    // At the limit, a header is matched as any other (here: unknown).
    expect(
      resolveColumns([long.slice(0, 1_000)]).findings.map((found) => found.finding.code),
    ).toEqual([
      'COLUMN_UNKNOWN',
      'COLUMN_MISSING',
      'COLUMN_MISSING',
      'COLUMN_MISSING',
      'COLUMN_MISSING',
      'COLUMN_MISSING',
    ]);
  });
});

describe('a cell over 32 KB', () => {
  it('rejects its row with CELL_TOO_LONG at its line and column; every other row is read', async () => {
    const huge = ` ${'y'.repeat(32_768)}`;
    const header = PROJECTS_HEADER.join(';');
    const csv = [
      header,
      project('DA-1', 'y'.repeat(32_768)),
      project('DA-2', huge),
      `${project('DA-3')};${huge}`,
      project('DA-4', '', '1,3x tỷ'),
      project('DA-5'),
      '',
    ].join('\n');
    const records = await read(csv);
    expect(
      records.map((record) =>
        record.kind === 'project' || record.kind === 'rejected'
          ? [record.kind, record.origin.line]
          : record.kind,
      ),
    ).toEqual([
      'input',
      ['project', 2],
      ['rejected', 3],
      ['rejected', 4],
      ['rejected', 5],
      ['project', 6],
    ]);
    const value = `${'y'.repeat(199)}…`;
    expect(located(records)).toEqual([
      {
        finding: {
          code: 'CELL_TOO_LONG',
          severity: 'error',
          details: { value, length: 32_769, limit: 32_768 },
        },
        origin: { source: 'x.csv', line: 3, column: 'Ghi chú' },
        projectId: 'DA-2',
      },
      // A cell past the header's columns has no column to name; the row is too long as well.
      {
        finding: { code: 'ROW_TOO_LONG', severity: 'error', details: { cells: 9, columns: 8 } },
        origin: { source: 'x.csv', line: 4 },
        projectId: 'DA-3',
      },
      {
        finding: {
          code: 'CELL_TOO_LONG',
          severity: 'error',
          details: { value, length: 32_769, limit: 32_768 },
        },
        origin: { source: 'x.csv', line: 4 },
        projectId: 'DA-3',
      },
      expect.objectContaining({
        finding: expect.objectContaining({ code: 'CELL_NOT_AMOUNT' }),
        origin: { source: 'x.csv', line: 5, column: 'Tổng kinh phí' },
      }),
    ]);
    expect(records.find((record) => record.kind === 'rejected')).toMatchObject({
      projectId: 'DA-2',
    });
  });

  it('does not name a project by an id cell over the limit: no finding carries its 100,000 characters', async () => {
    const csv = `${PROJECTS_HEADER.join(';')}\n${project('z'.repeat(100_000))}\n${project('DA-2')}\n`;
    const records = await read(csv);
    expect(located(records).map((found) => [found.finding.code, found.projectId])).toEqual([
      ['CELL_TOO_LONG', undefined],
    ]);
    expect(JSON.stringify(records).length).toBeLessThan(10_000);
  });
});
