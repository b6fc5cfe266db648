import { ERROR_CODES, isKhuyenCongError } from '@khuyencong/domain';
import { hostileSuite } from '@khuyencong/hostile';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import * as api from '../src/index';
import { CASES, HOSTILE_FOLDER } from './hostileCases';

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
