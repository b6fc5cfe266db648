import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ExitCodeCall,
  type ExitCodeContract,
  HOSTILE_VALUES,
  type HostileCases,
} from '@khuyencong/hostile';
import { COMMANDS } from '../src/commands/COMMANDS';
import type { CliIo } from '../src/index';
import { scratch, TODAY } from './inProcess';
import { projectsCsv } from './projectsCsv';

/** Where every hostile call runs (the test changes into it): an `--out` of a hostile name lands here. */
export const HOSTILE_FOLDER: string = scratch('hostile');

/** A sheet of two đề án: what `-` reads in the valid call. */
const SHEET = new TextEncoder().encode(projectsCsv(2));

/** What the calls wrote, each stream's text: reset by every io made. */
let written = { stdout: '', stderr: '' };

/**
 * A fresh `CliIo` with every key set (so that the suite attacks each): the streams record what is written,
 * `-` reads `stdin`, today is the tests' day. `overrides` replace some (a stream that fails, a stdin that lies).
 */
function freshIo(overrides: Partial<Record<keyof CliIo, unknown>> = {}): CliIo {
  written = { stdout: '', stderr: '' };
  return {
    stdout: (chunk: string) => {
      written.stdout += chunk;
    },
    stderr: (chunk: string) => {
      written.stderr += chunk;
    },
    stdin: SHEET,
    stdinFile: { dev: 1, ino: 1 },
    now: () => TODAY,
    ...overrides,
  } as CliIo;
}

/** A file of the hostile folder with `content`, by its absolute path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(HOSTILE_FOLDER, name);
  writeFileSync(path, content);
  return path;
}

const ESCAPES = '\u001b[31m\u001b]0;pwned\u0007\u009b2J\u007f\u202e\u2066';
const HEADER = 'Mã đề án,Nội dung,Tỉnh/Thành phố,Năm,Nguồn kinh phí,Tổng kinh phí,Kinh phí hỗ trợ';
const DEEP = 100_000;

/** Inputs no one should hand the command line, by what they are. */
const HOSTILE_FILES: Readonly<Record<string, string>> = {
  'an empty file': file('empty.csv', ''),
  'a binary file': file(
    'binary.bin',
    Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256),
  ),
  'a sheet with NUL bytes': file('nul.csv', `${HEADER}\nDA-\u0000,machinery\u0000,Phú Yên,2024\n`),
  'a 1 MB header': file('long-header.csv', `${'h'.repeat(999_000)}\nDA-1\n`),
  'a 1 MB single line after the header': file(
    'one-line.csv',
    `${HEADER}\n${'x'.repeat(1_000_000)}\n`,
  ),
  'a 1 MB amount': file(
    'long-cell.csv',
    `${HEADER}\nDA-1,machinery,Phú Yên,2024,local,${'9'.repeat(1_000_000)},1\n`,
  ),
  'invalid UTF-8': file(
    'invalid-utf8.csv',
    Uint8Array.from([0x4d, 0xc3, 0x28, 0x80, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x2c, 0x0a, 0x31]),
  ),
  'a byte-order mark only': file('bom.csv', Uint8Array.from([0xef, 0xbb, 0xbf])),
  'a UTF-16 byte-order mark only': file('bom16.csv', Uint8Array.from([0xff, 0xfe])),
  'JSON nested 100,000 deep': file('deep.json', `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`),
  'JSON objects nested 100,000 deep': file(
    'deep-object.json',
    `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`,
  ),
  'JSON __proto__ pollution': file(
    'proto.json',
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"projects":[{"__proto__":{"polluted":"yes"}}]}',
  ),
  'rules JSON __proto__ pollution': file(
    'proto-rules.json',
    '{"__proto__":{"polluted":"yes"},"ruleSets":[{"__proto__":{"polluted":"yes"},"id":"__proto__"}],"documents":{"__proto__":{"polluted":"yes"}}}',
  ),
  'JSON that is a string': file('string.json', '"x"'),
  'escape sequences and bidi overrides in data': file(
    'escapes.csv',
    `${HEADER}\n"DA-01${ESCAPES}",machinery,Phú Yên${ESCAPES},2024,local,800000000,190000000\n"DA-02${ESCAPES}",máy${ESCAPES},Phú Yên,2024,local,900000000,-1500000\n`,
  ),
  'a name with a line feed and escapes': file(`de-an\n${ESCAPES}.csv`, projectsCsv(1)),
  'a folder': (() => {
    const folder = join(HOSTILE_FOLDER, 'folder.csv');
    mkdirSync(folder);
    return folder;
  })(),
  'a path that does not exist': join(HOSTILE_FOLDER, 'khong-co', `x${ESCAPES}.csv`),
  'a path under a file': join(HOSTILE_FOLDER, 'empty.csv', 'x.csv'),
};

/** A call of the command line on `argv`, with a fresh io (or one with `overrides`). */
function call(
  label: string,
  argv: readonly unknown[],
  overrides?: Partial<Record<keyof CliIo, unknown>>,
): ExitCodeCall {
  return { label, args: () => [argv, freshIo(overrides)] };
}

/** A valid command line of each command, that the hostile option values are added to. */
const VALID: Readonly<Record<string, readonly string[]>> = {
  report: ['report', '-'],
  check: ['check', '-'],
  support: ['support', '--activity', 'machinery', '--cost', '1,36 tỷ'],
  words: ['words', '73500000000'],
  parse: ['parse', 'hơn 9 tỷ đồng'],
};

/** The hostile values a command line can be given: strings (what `argv` holds). */
const STRINGS = HOSTILE_VALUES.filter(
  (hostile): hostile is { label: string; value: string } => typeof hostile.value === 'string',
);

const commands = await Promise.all(COMMANDS.map(async (entry) => entry.load()));

/** `--name value`, or `--name=value` for a value the parser would take for an option. */
function option(name: string, value: string): string[] {
  return value.startsWith('-') ? [`--${name}=${value}`] : [`--${name}`, value];
}

/**
 * The calls the generic values cannot make: each option of each command (as each command declares them,
 * so a new option is covered) given each hostile string; each hostile string as the file, the amount or the
 * text of the command, as the command and after `help`, as `--lang` before the command; each hostile file
 * as each command's input, as standard input and as `--rules`; a `CliIo` whose streams fail or lie.
 */
function* hostileCalls(): Generator<ExitCodeCall> {
  for (const command of commands) {
    const valid = VALID[command.name] ?? [command.name];
    for (const spec of command.options) {
      if (spec.type === 'boolean') {
        yield call(`${command.name} --${spec.name}=x`, [...valid, `--${spec.name}=x`]);
        continue;
      }
      for (const { label, value } of STRINGS) {
        yield call(`${command.name} --${spec.name} ${label}`, [
          ...valid,
          ...option(spec.name, value),
        ]);
      }
    }
    for (const { label, value } of STRINGS) {
      yield call(`${command.name} ${label}`, [command.name, value]);
      yield call(`${command.name} with ${label} after --`, [...valid, '--', value]);
    }
  }
  for (const { label, value } of STRINGS) {
    yield call(`command ${label}`, [value]);
    yield call(`help ${label}`, ['help', value]);
    yield call(`--lang ${label} before the command`, ['--lang', value, 'words', '1']);
    yield call(`--lang=${label} alone`, [`--lang=${value}`]);
  }
  for (const [label, path] of Object.entries(HOSTILE_FILES)) {
    for (const format of ['table', 'json', 'csv']) {
      yield call(`report ${label} --format ${format}`, [
        'report',
        path,
        '--format',
        format,
        '--skip-invalid',
      ]);
    }
    // HTML on standard output (printed on a terminal, it must carry no control) and to a file, as it is used.
    yield call(`report ${label} --format html`, [
      'report',
      path,
      '--format',
      'html',
      '--skip-invalid',
    ]);
    yield call(`report ${label} --format html --out`, [
      'report',
      path,
      '--format',
      'html',
      '--out',
      'report.html',
      '--skip-invalid',
    ]);
    for (const format of ['table', 'json']) {
      yield call(`check ${label} --format ${format}`, ['check', path, '--format', format]);
    }
    yield call(`report - reading ${label}`, ['report', '-', '--format', 'json', '--skip-invalid'], {
      stdin: readable(path),
    });
    yield call(`report --rules ${label}`, ['report', '--rules', path]);
    yield call(`support --rules ${label}`, [
      ...(VALID['support'] ?? []),
      '--rules',
      path,
      '--format',
      'json',
    ]);
    // The same file as input and output is refused (the hostile files stay as they are for the next calls).
    yield call(`report ${label} --out itself`, ['report', path, '--out', path]);
  }
  for (const label of ['a folder', 'a path that does not exist', 'a path under a file']) {
    yield call(`report --out ${label}`, ['report', '--out', HOSTILE_FILES[label] ?? '']);
  }
  yield* hostileIo();
}

/** The bytes of a hostile file as standard input (a folder or a missing path: none). */
function readable(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

class PipeClosed extends Error {
  readonly code = 'EPIPE';
}

/** A `CliIo` that fails or lies in each way an embedding program's could. */
function* hostileIo(): Generator<ExitCodeCall> {
  const words = VALID['words'] ?? [];
  const throwing = () => {
    throw new Error('hostile: the stream is closed');
  };
  yield call('words, stdout throws', words, { stdout: throwing });
  yield call('words, stdout rejects', words, { stdout: async () => throwing() });
  yield call('words, stdout rejects with EPIPE', words, {
    stdout: () => Promise.reject(new PipeClosed('pipe')),
  });
  yield call('words, stdout rejects with a string', words, {
    stdout: () => Promise.reject('closed'),
  });
  yield call('words, stdout rejects with undefined', words, {
    stdout: () => Promise.reject(undefined),
  });
  yield call('words, stdout and stderr throw', words, { stdout: throwing, stderr: throwing });
  yield call('report, stdout throws on the second chunk', ['report', '--format', 'json'], {
    stdout: (() => {
      let chunks = 0;
      return (chunk: string) => {
        chunks += 1;
        if (chunks > 1) throwing();
        written.stdout += chunk;
      };
    })(),
  });
  yield call('an unknown command, stderr throws', ['x'], { stderr: throwing });
  for (const { label, value } of [
    { label: 'a function that throws', value: throwing },
    { label: 'an invalid Date', value: () => new Date(Number.NaN) },
    { label: 'a string', value: () => '2024-10-01' },
    { label: 'undefined', value: () => undefined },
    { label: 'a Date at the end of time', value: () => new Date(8.64e15) },
  ]) {
    yield call(`report, now returns ${label}`, ['report'], { now: value });
    yield call(`support, now returns ${label}`, VALID['support'] ?? [], { now: value });
  }
  const chunks = (items: readonly unknown[]): AsyncIterable<unknown> => ({
    async *[Symbol.asyncIterator]() {
      yield* items;
    },
  });
  for (const { label, value } of [
    { label: 'strings', value: chunks(['Mã đề án\n', 'DA-1\n']) },
    { label: 'numbers', value: chunks([1, 2]) },
    { label: 'null', value: chunks([null]) },
    { label: 'an iterable that throws', value: failing() },
    { label: 'a string', value: 'Mã đề án\nDA-1\n' },
    { label: 'a number', value: 5 },
    { label: 'an array of bytes', value: [0x4d, 0x61] },
  ]) {
    yield call(`report -, stdin is ${label}`, ['report', '-'], { stdin: value });
    yield call(`check -, stdin is ${label}`, ['check', '-'], { stdin: value });
  }
  yield call('report - --out a file, stdinFile is a string', ['report', '-', '--out', 'out.txt'], {
    stdinFile: 'x',
  });
}

/** Standard input that fails after a first chunk. */
function failing(): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      yield SHEET;
      throw new Error('hostile: read failed');
    },
  };
}

/** The contract of `runCli`: 0, 1 or 2, and what it wrote clean; `calls` the case's own hostile calls. */
export function runCliContract(calls: () => Iterable<ExitCodeCall>): ExitCodeContract {
  return { allowed: [0, 1, 2], written: () => written, calls };
}

/**
 * The case of every runtime export of the CLI. `runCli` is a command line: whatever it is given it resolves to
 * 0, 1 or 2 and says why (3 is a bug), held to the harness's exit-code contract; its valid call reads a sheet
 * on standard input, so that every key of the io is used (and attacked).
 */
export const CASES: HostileCases = {
  VERSION: { kind: 'value' },
  runCli: {
    kind: 'function',
    valid: () => [['report', '-', '--out', '-'], freshIo()],
    exitCode: runCliContract(hostileCalls),
  },
};
