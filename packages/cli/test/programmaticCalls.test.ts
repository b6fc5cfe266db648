// What a program calling runCli may get wrong: the arguments and the io it passes. Each is exit code 2 and
// a message naming what is wrong, never a bug's 3 with a stack.
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../src/index';

async function run(
  argv: unknown,
  overrides: Record<string, unknown> = {},
): Promise<[number, string]> {
  let stderr = '';
  const io = {
    stdout: () => undefined,
    stderr: (chunk: string) => {
      stderr += chunk;
    },
    ...overrides,
  };
  const code = await runCli(argv as readonly string[], io as unknown as CliIo);
  return [code, stderr];
}

describe('runCli given what no shell gives', () => {
  it('argv not an array of strings is INVALID_ARGUMENT, naming the item and its type', async () => {
    expect(await run(5)).toEqual([2, 'khuyencong: lỗi: Tham số argv không hợp lệ: number.\n']);
    expect(await run(['words', 1])).toEqual([
      2,
      'khuyencong: lỗi: Tham số argv[1] không hợp lệ: number.\n',
    ]);
    expect(await run(['words', undefined])).toEqual([
      2,
      'khuyencong: lỗi: Tham số argv[1] không hợp lệ: empty.\n',
    ]);
  });

  it('an io member that is not a CliIo one is INVALID_OPTION; no io at all writes nothing', async () => {
    expect(await run(['words', '1'], { stdout: 5 })).toEqual([
      2,
      'khuyencong: lỗi: Tùy chọn io.stdout không hợp lệ: number.\n',
    ]);
    expect(await run(['report', '-'], { stdin: 'Mã đề án\n' })).toEqual([
      2,
      'khuyencong: lỗi: Tùy chọn io.stdin không hợp lệ: string.\n',
    ]);
    expect(await runCli(['words', '1'], null as unknown as CliIo)).toBe(2);
  });

  it('a clock that gives no real date, and a standard input that fails, are exit code 2', async () => {
    expect(await run(['report'], { now: () => new Date(Number.NaN) })).toEqual([
      2,
      'khuyencong: lỗi: Tùy chọn io.now không hợp lệ: object.\n',
    ]);
    const broken = () => {
      throw new TypeError('the clock is broken');
    };
    expect(await run(['report'], { now: broken })).toEqual([
      2,
      'khuyencong: lỗi: Tùy chọn io.now không hợp lệ: TypeError.\n',
    ]);
    const failing = {
      async *[Symbol.asyncIterator]() {
        yield new TextEncoder().encode('Mã đề án\n');
        throw new Error('read failed');
      },
    };
    expect(await run(['report', '-', '--lang', 'en'], { stdin: failing })).toEqual([
      2,
      'khuyencong: error: Cannot read the file <stdin> (error).\n',
    ]);
  });
});
