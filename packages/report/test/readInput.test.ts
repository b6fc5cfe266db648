import { readFileSync } from 'node:fs';
import { SEED_DATASET } from '@khuyencong/domain';
import { projectSchema } from '@khuyencong/validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ImportRecord,
  type ReadInputOptions,
  readInput,
  readInputBatches,
} from '../src/index';
import { errorsFixture } from './fixtures/errorsFixture';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

async function read(options: ReadInputOptions): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of readInput(options)) records.push(record);
  return records;
}

/** The rows of the records: read = counted + rejected + totals, by construction of the counts. */
function counts(records: readonly ImportRecord[]) {
  const kinds = records.map((record) => record.kind);
  const of = (kind: ImportRecord['kind']) => kinds.filter((k) => k === kind).length;
  const counted = of('project') + of('lines');
  return {
    counted,
    rejected: of('rejected'),
    totals: of('totals'),
    read: counted + of('rejected') + of('totals'),
  };
}

/** Every finding of the records, located: the `finding` records and those of rejected rows. */
function findings(records: readonly ImportRecord[]) {
  return records.flatMap((record) =>
    record.kind === 'finding'
      ? [record.finding]
      : record.kind === 'rejected'
        ? record.findings
        : [],
  );
}

/** Splits bytes at the given points (modulo their length). */
function cut(bytes: Uint8Array, points: readonly number[]): Uint8Array[] {
  const at = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  const ends = [...at, bytes.length];
  return [0, ...at].map((start, index) => bytes.subarray(start, ends[index]));
}

describe('readInput over a 2,000-row sheet with many mistakes', () => {
  const made = errorsFixture();
  const bytes = fixture('de-an-2000-loi.csv');

  it('is the sheet its generator makes (the expected findings are its own)', () => {
    expect(new TextDecoder().decode(bytes)).toBe(made.csv.replace(/^\uFEFF/, ''));
    expect(
      JSON.parse(readFileSync(new URL('de-an-2000-loi.expected.json', FIXTURES), 'utf8')),
    ).toEqual(made.expected);
  });

  it('reports every bad cell in one run, with its line, column and value, and nothing else', async () => {
    const records = await read({ source: 'de-an-2000-loi.csv', content: bytes });
    const got = findings(records).map(({ finding, origin }) => ({
      line: origin.line,
      code: finding.code,
      ...(origin.column === undefined ? {} : { column: origin.column }),
      ...(typeof finding.details['value'] === 'string' && finding.code !== 'COLUMN_UNKNOWN'
        ? { value: finding.details['value'] }
        : {}),
    }));
    const order = (a: { line?: number | undefined; code: string; column?: string }, b: typeof a) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code) ||
      (a.column ?? '').localeCompare(b.column ?? '');
    expect(got.sort(order)).toEqual([...made.expected].sort(order));
    expect(made.expected.length).toBeGreaterThan(600);
  });

  it('gives one record per data row: read = counted + rejected + totals, totals never counted', async () => {
    const records = await read({ source: 'de-an-2000-loi.csv', content: bytes });
    expect(records[0]).toEqual({
      kind: 'input',
      source: 'de-an-2000-loi.csv',
      format: 'csv',
      table: 'projects',
    });
    const rows = counts(records);
    expect(rows).toEqual({
      read: 2_000,
      counted: 2_000 - made.rejected - 2,
      rejected: made.rejected,
      totals: 2,
    });
    const totals = records.filter((record) => record.kind === 'totals');
    expect(totals).toEqual([
      {
        kind: 'totals',
        origin: { source: 'de-an-2000-loi.csv', line: 1_001 },
        label: 'Cộng',
        figures: { totalCost: { amount: '1000000000', asWritten: '1.000.000.000' } },
      },
      {
        kind: 'totals',
        origin: { source: 'de-an-2000-loi.csv', line: 2_002 },
        label: 'Tổng cộng',
        figures: { totalCost: { amount: '1000000000', asWritten: '1.000.000.000' } },
      },
    ]);
    const lines = records.flatMap((record) =>
      'origin' in record && record.origin.line ? [record.origin.line] : [],
    );
    expect(new Set(lines).size).toBe(2_000);
    expect(lines).not.toContain(701); // the blank line is not a row
    for (const record of records) {
      if (record.kind === 'project')
        expect(projectSchema.safeParse(record.project).success).toBe(true);
      if (record.kind === 'rejected') {
        expect(record.findings.length).toBeGreaterThan(0);
        expect(record.projectId).toMatch(/^DA-\d{4}$/);
        for (const { origin, projectId } of record.findings) {
          expect(origin).toMatchObject({ source: 'de-an-2000-loi.csv', line: record.origin.line });
          expect(projectId).toBe(record.projectId);
        }
      }
    }
  });

  it('hands on the same records in batches with readInputBatches', async () => {
    const batches: (readonly ImportRecord[])[] = [];
    for await (const batch of readInputBatches({ source: 'x.csv', content: bytes }))
      batches.push(batch);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(await read({ source: 'x.csv', content: bytes }));
  });

  it('reads the same records however the bytes are split', async () => {
    const whole = await read({ source: 'x.csv', content: bytes });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), async (points) => {
        expect(await read({ source: 'x.csv', content: cut(bytes, points) })).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });
});

describe('readInput: what provinces save', () => {
  it('reads a BOM + ";" sheet with the mapping of the old command line', async () => {
    const records = await read({
      source: 'de-an.csv',
      content: fixture('de-an-bom-semicolon.csv'),
    });
    expect(counts(records)).toEqual({ read: 4, counted: 4, rejected: 0, totals: 0 });
    const [da01, da02, , da04] = records.filter((record) => record.kind === 'project');
    // The fund from "Nguồn kinh phí", the support to that fund, the site as of the approval date.
    expect(da01?.project).toMatchObject({
      id: 'DA-01',
      fund: 'local',
      activity: 'cleaner-production-pilot',
      status: 'handed-over',
      funding: { local: '300000000' },
      location: { provinceId: 'da-nang', asOf: '2024-03-15' },
      approval: { date: '2024-03-15', decisionNumber: '123/QĐ-UBND' },
      reported: {
        totalCost: { amount: '1360000000', asWritten: '1,36 tỷ' },
        local: { amount: '300000000', asWritten: '300 triệu' },
      },
    });
    // No approval date: 1 January of the year; "hơn" kept as a qualifier.
    expect(da02?.project).toMatchObject({
      location: { provinceId: 'phu-yen', asOf: '2024-01-01' },
      reported: { totalCost: { qualifier: 'more-than' } },
    });
    expect(da04?.project).toMatchObject({ fund: 'national', funding: { national: '400000000' } });
    // The sheet names no implementing unit: a stand-in, and it says so.
    expect(da01?.kind === 'project' && [da01.project.implementingUnit, da01.unstated]).toEqual([
      '—',
      ['implementingUnit'],
    ]);
  });

  it('takes the implementing unit of rows that name none from the caller', async () => {
    const records = await read({
      source: 'de-an.csv',
      content: fixture('de-an-bom-semicolon.csv'),
      implementingUnit: 'Trung tâm Khuyến công Đà Nẵng',
    });
    const project = records.find((record) => record.kind === 'project');
    expect(
      project?.kind === 'project' && [project.project.implementingUnit, project.unstated],
    ).toEqual(['Trung tâm Khuyến công Đà Nẵng', undefined]);
  });

  it('reads the site columns: unit kind, city grade, craft village, priority areas', async () => {
    const records = await read({ source: 'eligibility.csv', content: fixture('eligibility.csv') });
    const [el01, el02, , el04, el05] = records.filter((record) => record.kind === 'project');
    expect(el01?.kind === 'project' && el01.site).toEqual({
      priorityAreas: ['ethnic-minority-area', 'island'],
    });
    expect(el02?.kind === 'project' && el02.project.location).toMatchObject({
      commune: 'Phường Hoàn Kiếm',
      communeKind: 'ward',
    });
    expect(el04?.kind === 'project' && el04.site).toEqual({ cityGrade: '1' });
    expect(el05?.kind === 'project' && el05.project.location.craftVillage).toBe(
      'Làng nghề nón lá Tây Hồ',
    );
  });

  it('reads UTF-16 "Unicode Text" (tab-separated .txt), totals row included', async () => {
    const records = await read({
      source: 'du-an.txt',
      content: fixture('unicode-text-utf16le.txt'),
    });
    expect(records.map((record) => record.kind)).toEqual(['input', 'project', 'project', 'totals']);
    expect(records[2]?.kind === 'project' && records[2].project).toMatchObject({
      activity: 'training',
      fund: 'national',
      funding: { national: '120000000' },
      location: { provinceId: 'phu-yen' },
    });
    expect(records[3]).toMatchObject({
      label: 'Tổng cộng',
      figures: { totalCost: { amount: '1510000000' }, support: { amount: '420000000' } },
    });
  });

  it('refuses a Windows-1258 file once, on the line of the first bad byte, and rejects every row', async () => {
    const records = await read({ source: 'ansi.csv', content: fixture('windows-1258.csv') });
    expect(records).toEqual([
      { kind: 'input', source: 'ansi.csv', format: 'csv' },
      {
        kind: 'finding',
        finding: {
          finding: { code: 'ENCODING_NOT_UTF8', severity: 'error', details: { line: 1 } },
          origin: { source: 'ansi.csv', line: 1 },
        },
      },
      { kind: 'rejected', origin: { source: 'ansi.csv', line: 2 }, findings: [] },
    ]);
  });

  it('names an unclosed quote and rejects every row of a file it spoils', async () => {
    const records = await read({ source: 'q.csv', content: fixture('quote-not-closed.csv') });
    expect(findings(records).map((f) => [f.finding.code, f.origin.line])).toEqual([
      ['CSV_QUOTE_NOT_CLOSED', 3],
    ]);
    expect(counts(records)).toEqual({ read: 2, counted: 0, rejected: 2, totals: 0 });
  });

  it('stops at a 2 MB line with no line break, without building it', async () => {
    const line = 'x;'.repeat(1_000_000);
    const records = await read({
      source: 'blob.csv',
      content: [line.slice(0, 700_000), line.slice(700_000)],
    });
    expect(records).toEqual([
      { kind: 'input', source: 'blob.csv', format: 'csv' },
      {
        kind: 'finding',
        finding: {
          finding: {
            code: 'LINE_TOO_LONG',
            severity: 'error',
            details: { line: 1, limit: 1_000_000 },
          },
          origin: { source: 'blob.csv', line: 1 },
        },
      },
    ]);
    // A long line among rows: the rows before and it are rejected (found in the first MiB), nothing after is read.
    const good = 'DA-1;máy móc;Huế;2024;quốc gia;1 tỷ;200 triệu';
    const sheet = `Mã đề án;Nội dung;Tỉnh;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\n${good}\n${'y'.repeat(90)}\n${good}\n`;
    const short = await read({ source: 's.csv', content: sheet, maxLineLength: 80, format: 'csv' });
    expect(
      short
        .slice(1)
        .map((r) => [
          r.kind,
          r.kind === 'finding' ? r.finding.origin.line : 'origin' in r ? r.origin.line : 0,
        ]),
    ).toEqual([
      ['finding', 3],
      ['rejected', 2],
      ['rejected', 3],
    ]);
  });

  it('rejects only the rows from the line of a problem found after the first MiB', async () => {
    const good = 'DA-1;máy móc;Đà Nẵng;2024;địa phương;100000000;25000000\n';
    const head =
      'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\n';
    const rows = 25_000;
    const before = new TextEncoder().encode(head + good.repeat(rows));
    const bad = new Uint8Array([0x44, 0x41, 0xe3, 0x3b, 0x0a]); // "DA" + a Windows-1258 "ã" + ";"
    const records = await read({
      source: 'big.csv',
      content: [before, bad, new TextEncoder().encode(good)],
    });
    expect(counts(records)).toEqual({ read: rows + 2, counted: rows, rejected: 2, totals: 0 });
    expect(findings(records).map((f) => [f.finding.code, f.origin.line])).toEqual([
      ['ENCODING_NOT_UTF8', rows + 2],
    ]);
  });

  it('reports the header: unknown columns (reading goes on), missing, duplicated and mixed ones (every row rejected)', async () => {
    const unknown = await read({ source: 'u.csv', content: fixture('unknown-column.csv') });
    expect(unknown.map((record) => record.kind)).toEqual(['input', 'finding', 'project']);
    const broken = await read({
      source: 'b.csv',
      content:
        'Nội dung,Tỉnh,Tỉnh/Thành phố,Năm,Kinh phí hỗ trợ,Kế hoạch\nmáy móc,Huế,Huế,2024,1 tỷ,2 tỷ\n\n',
    });
    expect(broken[0]).toEqual({ kind: 'input', source: 'b.csv', format: 'csv' });
    expect(findings(broken).map((f) => [f.finding.code, f.origin.column])).toEqual([
      ['COLUMN_DUPLICATE', 'Tỉnh/Thành phố'],
      ['TABLE_KIND_MIXED', 'Kế hoạch'],
    ]);
    expect(counts(broken)).toEqual({ read: 1, counted: 0, rejected: 1, totals: 0 });
    expect(await read({ source: 'e.csv', content: '\n\n' })).toEqual([
      { kind: 'input', source: 'e.csv', format: 'csv' },
      {
        kind: 'finding',
        finding: {
          finding: { code: 'FILE_EMPTY', severity: 'error', details: {} },
          origin: { source: 'e.csv' },
        },
      },
    ]);
  });

  it('reads plan and report lines through their schemas, each problem in its column', async () => {
    const english = await read({ source: 'l.csv', content: fixture('lines-english.csv') });
    expect(english.map((record) => record.kind)).toEqual([
      'input',
      'lines',
      'lines',
      'lines',
      'lines',
    ]);
    const records = await read({ source: 'l.csv', content: fixture('lines-vietnamese.csv') });
    expect(records[0]).toMatchObject({ table: 'lines' });
    expect(records[1]).toMatchObject({
      kind: 'lines',
      plan: {
        scope: { kind: 'province', id: 'dak-lak' },
        year: 2024,
        planned: { amount: '12000000000' },
      },
      report: {
        period: { kind: 'year', year: 2024 },
        achieved: { amount: '11400000000' },
        reportedAttainment: { percent: '95', asWritten: '95,0' },
      },
    });
    expect(records[2]).toMatchObject({
      kind: 'lines',
      report: {
        period: { kind: 'quarter', year: 2024, index: 3 },
        achievedBySource: { local: { amount: '2100000000' } },
      },
    });
    expect(
      records
        .slice(3)
        .map(
          (record) =>
            record.kind === 'rejected' &&
            record.findings.map((f) => [f.finding.code, f.origin.column]),
        ),
    ).toEqual([
      [['CELL_UNKNOWN_CODE', 'Kỳ']],
      [['CELL_UNKNOWN_SCOPE', 'Phạm vi']],
      [['PERCENT_ON_SOURCE_LINE', 'Tỷ lệ đạt']],
    ]);
  });
});

describe('readInput: JSON', () => {
  const seed = JSON.parse(JSON.stringify(SEED_DATASET)) as { projects: Record<string, unknown>[] };

  it('checks each item on its own: one bad project among good ones', async () => {
    const projects = seed.projects.slice(0, 3);
    const bad = { ...projects[1], funding: { local: '1.5' }, status: 'lost' };
    const content = JSON.stringify(
      {
        source: { title: 'Bài báo', url: 'https://example.vn' },
        projects: [projects[0], bad, projects[2]],
      },
      null,
      2,
    );
    const records = await read({ source: 'data.json', content });
    expect(records[0]).toEqual({
      kind: 'input',
      source: 'data.json',
      format: 'json',
      title: 'Bài báo',
      url: 'https://example.vn',
    });
    expect(records.slice(1).map((record) => record.kind)).toEqual([
      'project',
      'rejected',
      'project',
    ]);
    const rejected = records[2];
    expect(
      rejected?.kind === 'rejected' && [
        rejected.origin,
        rejected.projectId,
        rejected.findings.map((f) => [f.origin.path, f.finding.details['issue']]),
      ],
    ).toEqual([
      { source: 'data.json', path: 'projects[1]' },
      projects[1]?.['id'],
      [
        ['projects[1].status', 'invalid_value'],
        ['projects[1].funding.local', 'INVALID_AMOUNT'],
      ],
    ]);
  });

  it('reads an array of projects (stdin by content), and names what is not a dataset', async () => {
    const array = await read({
      source: '-',
      content: ` \n${JSON.stringify([seed.projects[0], { id: 'X' }])}`,
    });
    expect(
      array.map((record) => (record.kind === 'rejected' ? record.origin.path : record.kind)),
    ).toEqual(['input', 'project', '[1]']);
    expect(findings(await read({ source: '-', content: '"text"', format: 'json' }))).toEqual([
      {
        finding: { code: 'JSON_NOT_DATASET', severity: 'error', details: { found: 'string' } },
        origin: { source: '-' },
      },
    ]);
    const typo = await read({ source: 'd.json', content: '{"projets": [], "plans": {}}' });
    expect(findings(typo).map((f) => [f.finding.details['issue'], f.origin.path])).toEqual([
      ['invalid_type', 'plans'],
      ['unrecognized_keys', undefined],
    ]);
  });

  it('names the line and column of a syntax error, and a bad byte', async () => {
    expect(
      findings(
        await read({ source: 'd.json', content: '{\n  "projects": [\n    {"id": 1,}\n  ]\n}' }),
      ),
    ).toEqual([
      {
        finding: { code: 'JSON_SYNTAX', severity: 'error', details: { line: 3, column: 14 } },
        origin: { source: 'd.json', line: 3 },
      },
    ]);
    expect(
      findings(await read({ source: 'd.json', content: '{"projects": [' }))[0]?.finding.details,
    ).toEqual({ line: 1, column: 15 });
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('[\n{"id": "'),
      0xe3,
      ...new TextEncoder().encode('"}]'),
    ]);
    const records = await read({ source: 'd.json', content: bytes });
    expect(records.map((r) => (r.kind === 'finding' ? r.finding.finding.code : r.kind))).toEqual([
      'input',
      'ENCODING_NOT_UTF8',
      'rejected',
    ]);
    expect(findings(records)[0]?.origin.line).toBe(2);
  });
});

describe('readInput: options', () => {
  it('tells CSV from JSON by the extension, else by the first character', async () => {
    const kinds = async (source: string, content: string, format?: 'csv' | 'json') =>
      (await read({ source, content, ...(format ? { format } : {}) }))[0];
    expect(await kinds('-', '[]')).toEqual({ kind: 'input', source: '-', format: 'json' });
    expect(await kinds('-', '\uFEFF  {}')).toMatchObject({ format: 'json' });
    expect(await kinds('-', 'scope,year\n')).toMatchObject({ format: 'csv', table: 'lines' });
    expect(await kinds('x.CSV', '[scope],year\n')).toMatchObject({ format: 'csv' });
    expect(await kinds('x.tsv', '[]', 'json')).toMatchObject({ format: 'json' });
  });

  it('refuses options of the wrong kind with coded errors', async () => {
    await expect(read(undefined as unknown as ReadInputOptions)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(read({ source: 1 as unknown as string, content: '' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(read({ source: 'x', content: '', format: 'xlsx' as 'csv' })).rejects.toMatchObject(
      { code: 'INVALID_OPTION' },
    );
    await expect(read({ source: 'x', content: '', implementingUnit: ' ' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(read({ source: 'x', content: 5 as unknown as string })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
