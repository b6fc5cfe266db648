import { KhuyenCongError } from '@khuyencong/domain';
import { typeName } from '../args/typeName';
import type { CliIo } from '../CliIo';

/** What a member was, for the message: its type, or the name of what reading or calling it threw. */
class Thrown {
  constructor(readonly error: unknown) {}
  get name(): string {
    return this.error instanceof Error ? this.error.name : 'throw';
  }
}

function invalid(option: string, value: unknown, expected: string): KhuyenCongError {
  const was = value instanceof Thrown ? value.name : typeName(value);
  return new KhuyenCongError(
    'INVALID_OPTION',
    `[@khuyencong/cli] runCli: ${option} must be ${expected}, not ${was}.`,
    { details: { option, value: was, expected } },
  );
}

/** `io[key]`, read once (a getter that throws is an invalid member). */
function member(io: object, key: keyof CliIo): unknown {
  try {
    return (io as Record<string, unknown>)[key];
  } catch (error) {
    return new Thrown(error);
  }
}

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSource(value: unknown): value is CliIo['stdin'] {
  return (
    value instanceof Uint8Array ||
    (isObject(value) &&
      typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function')
  );
}

function isIdentity(value: unknown): value is CliIo['stdinFile'] {
  return isObject(value) && Number.isFinite(value['dev']) && Number.isFinite(value['ino']);
}

/** The clock of `io`, whose day must be a real date of the years 1000–9999 (`INVALID_OPTION` otherwise). */
function clock(now: () => unknown): () => Date {
  return () => {
    let today: unknown;
    try {
      today = now();
    } catch (error) {
      today = new Thrown(error);
    }
    const year = today instanceof Date ? today.getUTCFullYear() : Number.NaN;
    if (!(year >= 1000 && year <= 9999)) throw invalid('io.now', today, 'a function giving a Date');
    return today as Date;
  };
}

/**
 * The `CliIo` `runCli` was given, checked before anything runs (a program calling `runCli` may pass
 * anything): an object whose `stdout` and `stderr` are functions, whose `stdin` is absent, bytes or an
 * async iterable, whose `stdinFile` is absent or a device and inode, whose `now` is absent or a function
 * (what it gives is checked when it is called: a real `Date`). Anything else is `INVALID_OPTION` naming the
 * member (`io.stdout`) and its type; `io` itself not an object is `INVALID_ARGUMENT`.
 */
export function readIo(io: unknown): CliIo {
  if (!isObject(io) || Array.isArray(io)) {
    throw new KhuyenCongError(
      'INVALID_ARGUMENT',
      `[@khuyencong/cli] runCli: io must be an object.`,
      {
        details: { parameter: 'io', value: typeName(io), expected: 'a CliIo object' },
      },
    );
  }
  const stdout = member(io, 'stdout');
  const stderr = member(io, 'stderr');
  const stdin = member(io, 'stdin');
  const stdinFile = member(io, 'stdinFile');
  const now = member(io, 'now');
  if (typeof stdout !== 'function') throw invalid('io.stdout', stdout, 'a function');
  if (typeof stderr !== 'function') throw invalid('io.stderr', stderr, 'a function');
  if (stdin !== undefined && !isSource(stdin)) {
    throw invalid('io.stdin', stdin, 'a Uint8Array or an async iterable');
  }
  if (stdinFile !== undefined && !isIdentity(stdinFile)) {
    throw invalid('io.stdinFile', stdinFile, 'a device and an inode');
  }
  if (now !== undefined && typeof now !== 'function') throw invalid('io.now', now, 'a function');
  return {
    // Called as methods of `io`, as before.
    stdout: (chunk) => (stdout as CliIo['stdout']).call(io, chunk),
    stderr: (chunk) => (stderr as CliIo['stderr']).call(io, chunk),
    ...(stdin === undefined ? {} : { stdin }),
    ...(stdinFile === undefined ? {} : { stdinFile: { dev: stdinFile.dev, ino: stdinFile.ino } }),
    ...(now === undefined ? {} : { now: clock(now as () => unknown) }),
  };
}
