import { describe, expect, it } from 'vitest';
import type { ExitCodeContract } from './ExitCodeContract';
import { probeExport } from './probeExport';

class CodedError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'CodedError';
  }
}

const options = { isCodedError: (error: unknown) => error instanceof CodedError, runs: 4 };

let out = '';
const contract: ExitCodeContract = {
  allowed: [0, 1, 2],
  written: () => ({ stdout: out }),
  calls: () => [{ label: 'echo a right-to-left override', args: () => [['echo', 'a\u202eb']] }],
};

/** A toy command line, careful: `echo WORD` writes the word without bidi overrides, anything else is exit 2. */
async function careful(argv: unknown): Promise<number> {
  if (!Array.isArray(argv) || argv[0] !== 'echo' || typeof argv[1] !== 'string') {
    out = 'usage: echo WORD\n';
    return 2;
  }
  out = `${argv[1].replace(/[\u202a-\u202e]/g, '')}\n`;
  return 0;
}

/** The same, careless: each hostile input below breaks the contract another way. */
async function careless(argv: unknown): Promise<number> {
  out = '';
  if (argv === undefined) return 3;
  if (argv === null) {
    out = `oops\n${new Error('x').stack}\n`;
    return 2;
  }
  if (Array.isArray(argv) && argv[0] === '') throw new CodedError('EMPTY');
  if (Array.isArray(argv) && typeof argv[0] === 'object') {
    out = `unknown command ${String(argv[0])}\n`;
    return 2;
  }
  if (Array.isArray(argv) && argv[0] === 'echo') {
    out = `${String(argv[1])}\n`;
    return 0;
  }
  return careful(argv);
}

describe('probeExport with an exit code', () => {
  it('finds nothing wrong with a careful command line, and counts its calls', async () => {
    const { problems, calls } = await probeExport(
      'cli',
      careful,
      { kind: 'function', valid: [['echo', 'x']], exitCode: contract },
      options,
    );
    expect(problems).toEqual([]);
    // ~89 values in argument 0 and in one past the last, ~67 small ones in argv[0], the case's own call.
    expect(calls).toBeGreaterThan(240);
  });

  it('finds a throw (even coded), a code not allowed, a stack trace, a control character and a leak', async () => {
    const { problems } = await probeExport(
      'cli',
      careless,
      { kind: 'function', valid: [['echo', 'x']], exitCode: contract },
      options,
    );
    expect(problems).toContain('cli argument 0 = undefined: resolved to 3, not one of 0, 1, 2: ""');
    expect(
      problems.some((problem) =>
        problem.startsWith(
          'cli argument 0 = null: stdout holds a stack trace: "oops\\nError: x\\n    at ',
        ),
      ),
    ).toBe(true);
    expect(problems).toContain("cli argument 0[0] = '': threw CodedError EMPTY: EMPTY");
    expect(problems).toContain(
      'cli argument 0[0] = {}: stdout holds "[object Object]": "unknown command [object Object]\\n"',
    );
    expect(problems).toContain(
      'cli echo a right-to-left override: stdout holds the control U+202E: "a\u202eb\\n"',
    );
  });
});
