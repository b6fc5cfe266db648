import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { wordsCommand } from '../src/commands/wordsCommand';
import { cli, FIXTURES, scratch } from './inProcess';

/** A run that ends with one error line on stderr, exit code 2 and nothing on stdout. */
async function fails(argv: readonly string[]): Promise<string> {
  const { code, stdout, stderr } = await cli(argv);
  expect([code, stdout], argv.join(' ')).toEqual([2, '']);
  expect(stderr.split('\n'), argv.join(' ')).toHaveLength(2);
  return stderr;
}

describe('bad usage: one line naming what is wrong, exit code 2', () => {
  it('an unsupported --lang is an error, never a silent fall-back', async () => {
    expect(await fails(['report', '--lang', 'fr'])).toBe(
      'khuyencong: lỗi: Ngôn ngữ "fr" không được hỗ trợ; dùng một trong: vi, en.\n',
    );
    expect(await fails(['words', '1 tỷ', '--lang=fr'])).toContain('"fr" không được hỗ trợ');
    expect(await fails(['--help', '--lang', 'fr'])).toContain('"fr" không được hỗ trợ');
    expect((await cli(['words', '1 tỷ', '--lang', 'EN'])).code).toBe(0);
  });

  it('a bad --as-of is INVALID_DATE', async () => {
    expect(await fails(['report', '--as-of', '2024-02-30'])).toBe(
      'khuyencong: lỗi: Ngày không hợp lệ: "2024-02-30". Ngày phải là ngày có thật, viết dạng YYYY-MM-DD.\n',
    );
    expect(
      await fails(['check', `${FIXTURES}/eligibility.csv`, '--as-of', '01/10/2024']),
    ).toContain('Ngày không hợp lệ: "01/10/2024"');
  });

  it('unknown commands and options, missing values and arguments', async () => {
    expect(await fails(['reprot'])).toBe(
      'khuyencong: lỗi: Lệnh không rõ "reprot"; các lệnh: report, check, support, words, parse (xem "khuyencong --help").\n',
    );
    expect(await fails(['report', '--colour'])).toBe(
      'khuyencong: lỗi: report: tùy chọn không rõ --colour (xem "khuyencong report --help").\n',
    );
    expect(await fails(['report', '-x'])).toContain('tùy chọn không rõ -x');
    expect(await fails(['report', '--out'])).toBe(
      'khuyencong: lỗi: report: tùy chọn --out cần một giá trị.\n',
    );
    expect(await fails(['report', '--out', '--lang', 'en'])).toBe(
      'khuyencong: error: report: the option --out needs a value.\n',
    );
    expect(await fails(['report', '--skip-invalid=yes'])).toContain(
      'không nhận đối số "--skip-invalid=yes"',
    );
    expect(await fails(['check'])).toBe(
      'khuyencong: lỗi: check: thiếu tệp cần kiểm tra (xem "khuyencong check --help").\n',
    );
    expect(await fails(['words', '--lang', 'en'])).toBe(
      'khuyencong: error: words: the amount is missing (see "khuyencong words --help").\n',
    );
    expect(await fails(['support', 'extra'])).toContain('không nhận đối số "extra"');
    expect(await fails(['report', '--format', 'pdf'])).toBe(
      'khuyencong: lỗi: report: --format phải là một trong table, text, json, csv, html (nhận "pdf").\n',
    );
    expect(await fails(['check', `${FIXTURES}/eligibility.csv`, '--format', 'csv'])).toContain(
      '--format phải là một trong table, text, json',
    );
  });

  it('inputs that cannot be read, before anything is read', async () => {
    expect(await fails(['report', 'khong-co.csv'])).toBe(
      'khuyencong: lỗi: Không tìm thấy tệp khong-co.csv.\n',
    );
    const folder = join(scratch('folder'), 'du-lieu');
    mkdirSync(folder);
    expect(await fails(['check', folder])).toBe(
      `khuyencong: lỗi: ${folder} không phải là tệp (có thể là thư mục).\n`,
    );
    // The second file is missing: the first is not read.
    expect(await fails(['check', `${FIXTURES}/de-an-2000-loi.csv`, 'khong-co.csv'])).toBe(
      'khuyencong: lỗi: Không tìm thấy tệp khong-co.csv.\n',
    );
  });

  it('an unexpected error is exit code 3, with the stack and where to report it', async () => {
    // A bug of a command (a clock that throws was one; it is now the caller's INVALID_OPTION, exit code 2).
    const bug = vi
      .spyOn(wordsCommand, 'run')
      .mockRejectedValue(new TypeError('the words are broken'));
    const { code, stdout, stderr } = await cli(['words', '1']).finally(() => bug.mockRestore());
    expect([code, stdout]).toEqual([3, '']);
    expect(stderr).toMatch(
      /^khuyencong: lỗi: lỗi ngoài dự kiến của chương trình; xin báo lỗi này kèm các dòng dưới đây tại https:\/\/github\.com\/khuyencong\/khuyencong\/issues: the words are broken\nTypeError: the words are broken\n {4}at /,
    );
  });
});
