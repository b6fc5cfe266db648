// The built binary, as a user runs it: standard input through a pipe, exit codes, output files (a FIFO, a full
// device), signals while writing, a reader that goes away. Everything else is tested in-process (runCli).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, PACKAGE_DIR, run } from './builtCli';
import { FIXTURES, scratch } from './inProcess';
import { projectsCsv } from './projectsCsv';

beforeAll(() => {
  assertBuilt();
});

/** Runs the binary in the background; resolves with how it ended. */
function start(
  args: readonly string[],
  stdio: 'pipe' | 'ignore' | number = 'pipe',
): {
  child: ReturnType<typeof spawn>;
  ended: Promise<{ code: number | null; signal: string | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', stdio, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const ended = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => {
      child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    },
  );
  return { child, ended };
}

describe('khuyencong (the built binary)', () => {
  it('exit codes: 0 success, 1 an error finding, 2 bad usage or input', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(run(['words', '73500000000'])).toMatchObject({
      code: 0,
      stdout: 'Bảy mươi ba tỷ năm trăm triệu đồng\n',
      stderr: '',
    });
    expect(run(['check', `${FIXTURES}/eligibility.csv`]).code).toBe(1);
    expect(run(['report', '--colour'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'khuyencong: lỗi: report: tùy chọn không rõ --colour (xem "khuyencong report --help").\n',
    });
    expect(run(['report', `${FIXTURES}/de-an-2000-loi.csv`]).code).toBe(2);
  });

  it('reads standard input through a pipe for -, CSV or JSON', () => {
    const csv = readFileSync(`${FIXTURES}/de-an-bom-semicolon.csv`);
    const fromPipe = run(['report', '-', '--format', 'json'], { input: csv });
    const fromFile = run(['report', `${FIXTURES}/de-an-bom-semicolon.csv`, '--format', 'json']);
    expect(fromPipe.code).toBe(0);
    const projects = (text: string) =>
      (JSON.parse(text) as { report: { projects: unknown } }).report.projects;
    expect(projects(fromPipe.stdout)).toEqual(projects(fromFile.stdout));
    const json = run(['check', '-', '--format', 'json'], {
      input: readFileSync(`${FIXTURES}/de-an-2000-loi.expected.json`),
    });
    // A JSON array of things that are not projects: every item rejected, each with its findings.
    const parsed = JSON.parse(json.stdout) as { rows: { read: number; rejected: number } };
    expect([json.code, parsed.rows.read, parsed.rows.rejected]).toEqual([1, 645, 645]);
  });

  it('refuses an --out that is the file standard input is redirected from', () => {
    const dir = scratch('stdin-out');
    const input = join(dir, 'de-an.csv');
    const data = readFileSync(`${FIXTURES}/de-an-bom-semicolon.csv`);
    writeFileSync(input, data);
    const redirected = spawnSync(process.execPath, [CLI, 'report', '-', '--out', input], {
      stdio: [openSync(input, 'r'), 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect([redirected.status, redirected.stderr]).toEqual([
      2,
      `khuyencong: lỗi: Tệp ra ${input} cũng là tệp vào; chọn tên khác để không ghi đè dữ liệu.\n`,
    ]);
    expect(readFileSync(input)).toEqual(data);
    // Through a pipe there is no file to protect: the output is written.
    const out = join(dir, 'bao-cao.txt');
    expect(run(['report', '-', '--out', out], { input: data }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Phú Yên');
  });

  it('--out: the file written whole; a FIFO written to and kept; a full device is exit code 2', async () => {
    const dir = scratch('e2e-out');
    const out = join(dir, 'bao-cao.html');
    expect(run(['report', '--format', 'html', '--out', out])).toMatchObject({
      code: 0,
      stdout: '',
    });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir)).toEqual(['bao-cao.html']);

    const fifo = join(dir, 'ong.fifo');
    execFileSync('mkfifo', [fifo]);
    const received = join(dir, 'received.json');
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, received]);
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const written = start(['report', '--format', 'json', '--out', fifo]);
    expect(await written.ended).toEqual({ code: 0, signal: null, stderr: '' });
    await readerDone;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(received, 'utf8')).toBe(run(['report', '--format', 'json']).stdout);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao.html', 'ong.fifo', 'received.json']);

    expect(run(['report', '--out', '/dev/full'])).toMatchObject({
      code: 2,
      stderr: 'khuyencong: lỗi: Không ghi được /dev/full (ENOSPC).\n',
    });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a standard output that is full is exit code 2; one whose reader went away ends quietly', async () => {
    const full = start(['report'], openSync('/dev/full', 'w'));
    expect(await full.ended).toEqual({
      code: 2,
      signal: null,
      stderr: 'khuyencong: lỗi: Không ghi được đầu ra chuẩn (ENOSPC).\n',
    });
    // `khuyencong … | head -c 0`: megabytes of JSON into a pipe nobody reads any more.
    for (const [args, code] of [
      [['report', `${FIXTURES}/de-an-2000-loi.csv`, '--skip-invalid', '--format', 'json'], 0],
      [['check', `${FIXTURES}/de-an-2000-loi.csv`, '--format', 'json'], 1],
    ] as const) {
      const closed = start(args);
      closed.child.stdout?.destroy();
      expect(await closed.ended, args.join(' ')).toEqual({ code, signal: null, stderr: '' });
    }
    const head = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${CLI}" check ${FIXTURES}/de-an-2000-loi.csv --format json | head -c 0; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: PACKAGE_DIR, encoding: 'utf8' },
    );
    expect([head.stdout, head.stderr]).toEqual(['1\n', '']);
  });

  it('SIGINT or SIGTERM while --out is written removes the temporary file; the old file stays', async () => {
    const input = join(scratch('e2e-big'), 'big.csv');
    writeFileSync(input, projectsCsv(10_000));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = scratch('e2e-signal');
      const out = join(dir, 'ket-qua.json');
      let interrupted = false;
      // The kill has to land between the temporary file's creation and its rename; try a few times.
      for (let attempt = 0; attempt < 5 && !interrupted; attempt++) {
        writeFileSync(out, 'old');
        const running = start(['check', input, '--format', 'json', '--out', out], 'ignore');
        const watcher = watch(dir, (_event, name) => {
          if (name?.endsWith('.tmp')) running.child.kill(signal);
        });
        const ended = await running.ended;
        watcher.close();
        interrupted = ended.signal === signal;
      }
      expect(interrupted, signal).toBe(true);
      expect(readdirSync(dir), signal).toEqual(['ket-qua.json']);
      expect(readFileSync(out, 'utf8'), signal).toBe('old');
    }
  }, 120_000);

  it('`words` loads i18n-vi and domain only, none of the report engine', () => {
    const dist = join(PACKAGE_DIR, 'dist');
    const read = (file: string) => readFileSync(join(dist, file), 'utf8');
    const staticImports = (file: string) =>
      [...read(file).matchAll(/^(?:import|export) (?:[^'"]* from )?'\.\/([^']+)';$/gm)].map(
        (m) => m[1] ?? '',
      );
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const next of staticImports(file)) closure(next, seen);
      return seen;
    };
    const dynamicImport = (files: Iterable<string>, name: string) =>
      [...files]
        .map(
          (file) => read(file).match(new RegExp(`import\\('\\./(${name}-[A-Z0-9]+\\.js)'\\)`))?.[1],
        )
        .find((found) => found !== undefined) ?? '';
    const runCli = dynamicImport(['cli.js'], 'runCli');
    const words = dynamicImport(closure(runCli), 'wordsCommand');
    expect([runCli, words].every((file) => file.endsWith('.js'))).toBe(true);
    const loaded = new Set([...closure('cli.js'), ...closure(runCli), ...closure(words)]);
    const packages = new Set(
      [...loaded].flatMap((file) =>
        [...read(file).matchAll(/^\/\/ \.\.\/([a-z0-9-]+)\/dist\/index\.js$/gm)].map((m) => m[1]),
      ),
    );
    expect([...packages].sort()).toEqual(['domain', 'i18n-vi']);
    const external = [...loaded].flatMap((file) =>
      [...read(file).matchAll(/^import [^;]*'([^.][^']*)';$/gm)].map((m) => m[1]),
    );
    expect(external.filter((name) => name?.startsWith('zod'))).toEqual([]);
  });
});
