import { ERROR_CODES, isKhuyenCongError } from '@khuyencong/domain';
import { hostileSuite, probeExport } from '@khuyencong/hostile';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import * as api from '../src/index';
import { CASES, HOSTILE_FOLDER, HTML_ON_A_TERMINAL, runCliContract } from './hostileCases';

// Some 2,400 calls of the command line, a few seconds each thousand.
vi.setConfig({ testTimeout: 120_000 });

// An `--out` of a hostile name is written in the hostile folder, not in the package.
const cwd = process.cwd();
beforeAll(() => process.chdir(HOSTILE_FOLDER));
afterAll(() => process.chdir(cwd));

const isCodedError = (error: unknown) => isKhuyenCongError(error, ERROR_CODES);

hostileSuite('@khuyencong/cli', api, CASES, { isCodedError });

it('no hostile file polluted Object.prototype', () => {
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
});

// The report's HTML renderer writes the controls of the data raw (a NUL, `ESC [`, a bidi override): these calls
// are left out of the case. Once the report strips them, this test fails: move the calls back into the case's
// `hostileCalls` and delete it.
it("report --format html on a terminal: only the report's raw controls are wrong", async () => {
  const { problems } = await probeExport(
    'runCli',
    api.runCli,
    {
      kind: 'function',
      valid: [['words', '1'], {}],
      exitCode: runCliContract(() => HTML_ON_A_TERMINAL),
    },
    { isCodedError },
  );
  const html = problems.filter((problem) =>
    /--format html: stdout holds the control U\+/.test(problem),
  );
  expect({
    others: problems.filter((problem) => !html.includes(problem)),
    html: html.length,
  }).toEqual({
    others: [],
    html: HTML_ON_A_TERMINAL.length,
  });
});
