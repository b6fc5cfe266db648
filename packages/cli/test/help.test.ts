import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './inProcess';

const COMMANDS = ['report', 'check', 'support', 'words', 'parse'];

describe('help and version', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists every command, the global options and the exit codes', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`\\n  ${command} +\\S`));
    expect(help.stdout).toContain('  --lang vi|en  ngôn ngữ in ra');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('3 lỗi ngoài dự kiến của chương trình');
    const english = await cli(['--help', '--lang', 'en']);
    expect(english.stdout).toContain('Usage: khuyencong <command> [options]');
    expect(english.stdout).toContain('Exit codes: 0 success, 1 check found errors');
    // No command: the help, and the exit code of bad usage.
    expect(await cli([])).toMatchObject({ code: 2, stdout: help.stdout });
    expect(await cli(['--lang', 'en'])).toMatchObject({ code: 2, stdout: english.stdout });
  });

  it('each command has its help, with its options, arguments and examples', async () => {
    for (const command of COMMANDS) {
      const own = await cli([command, '--help']);
      expect(own.code, command).toBe(0);
      expect(own.stdout, command).toContain(`Cách dùng: khuyencong ${command}`);
      expect(own.stdout, command).toMatch(/Tùy chọn:\n {2}( {4})?-/);
      expect(own.stdout, command).toMatch(/Ví dụ:\n {2}(cat .* \| )?khuyencong /);
      expect((await cli(['help', command])).stdout).toBe(own.stdout);
    }
    const report = (await cli(['report', '-h'])).stdout;
    expect(report).toMatch(/ {4}--rules FILE +tệp JSON quy định mức hỗ trợ của tỉnh/);
    expect(report).toMatch(/ {4}--skip-invalid +bỏ qua các dòng sai/);
    expect(report).toMatch(/Đối số:\n {2}FILE \.\.\. +tệp CSV hoặc JSON/);
    expect(report).toMatch(/\n {2}- +dùng - thay cho tên tệp/);
    const check = (await cli(['check', '--help', '--lang', 'en'])).stdout;
    expect(check).toContain('Usage: khuyencong check FILE|- ...');
    expect(check).toMatch(/ {4}--only errors\|warnings +print only the findings of this severity/);
    expect(check).toMatch(/ {4}--code CODE +print only the findings of this code/);
    // `--lang` before the command is the same as after it.
    expect((await cli(['--lang', 'en', 'check', '--help'])).stdout).toBe(check);
  });
});
