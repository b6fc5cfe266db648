import { afterAll, describe, expect, it } from 'vitest';
import type { HostileCase, HostileCases } from './HostileCase';
import { type HostileSuiteOptions, probeExport } from './probeExport';

/**
 * The hostile-input suite of one package (issue 11), in vitest: one test that every runtime export has a
 * case and every case an export, and one test per export that makes every hostile call of its case and
 * fails with the list of what went wrong (a plain `TypeError`, a leaked "undefined", a slow call, a
 * predicate that threw). After the run it prints how many calls it made.
 *
 * @example
 * ```ts
 * hostileSuite('@khuyencong/domain', api, CASES, { isCodedError: (e) => isKhuyenCongError(e, ERROR_CODES) });
 * ```
 */
export function hostileSuite(
  packageName: string,
  api: Readonly<Record<string, unknown>>,
  cases: HostileCases,
  options: HostileSuiteOptions,
): void {
  const exports = Object.keys(api).sort();
  let calls = 0;
  let problems = 0;

  describe(`hostile input: ${packageName}`, () => {
    afterAll(() => {
      console.log(
        `hostile input: ${packageName}: ${calls} calls over ${exports.length} exports, ${problems} problems`,
      );
    });

    it('has a case for every runtime export, and an export for every case', () => {
      expect({
        withoutCase: exports.filter((name) => !(name in cases)),
        withoutExport: Object.keys(cases).filter((name) => !(name in api)),
      }).toEqual({ withoutCase: [], withoutExport: [] });
    });

    const probed = exports.filter(
      (name) => cases[name] !== undefined && cases[name]?.kind !== 'skip',
    );
    it.each(probed)('%s returns a value or throws a coded error', async (name) => {
      const result = await probeExport(name, api[name], cases[name] as HostileCase, options);
      calls += result.calls;
      problems += result.problems.length;
      expect(result.problems.slice(0, 40), `${result.problems.length} problems`).toEqual([]);
    });
  });
}
