import { FINDING_SEVERITIES } from '@khuyencong/domain';
import { readOptions } from '@khuyencong/internal';
import type { FindingFilter } from '../findings/FindingFilter';
import { everyIndex } from './checkShape';
import { fail } from './fail';
import { invalidArgument } from './invalidArgument';

/**
 * @internal Reads a {@link FindingFilter} given to a public function (own properties only): `minSeverity` one of
 * the severities, `codes` an array of strings; `INVALID_OPTION` naming what is wrong otherwise. `undefined` is
 * the filter that lets everything through.
 */
export function checkFindingFilter(filter: unknown, fn: string, parameter: string): FindingFilter {
  const { minSeverity, codes } = readOptions(
    filter as FindingFilter | undefined,
    parameter,
    fail,
    fn,
  );
  if (minSeverity !== undefined && !FINDING_SEVERITIES.includes(minSeverity)) {
    invalidArgument(
      'INVALID_OPTION',
      fn,
      `${parameter}.minSeverity`,
      minSeverity,
      `one of ${FINDING_SEVERITIES.join(', ')}`,
    );
  }
  if (
    codes !== undefined &&
    (!Array.isArray(codes) || !everyIndex(codes, (code) => typeof code === 'string'))
  ) {
    invalidArgument('INVALID_OPTION', fn, `${parameter}.codes`, codes, 'an array of finding codes');
  }
  return {
    ...(minSeverity === undefined ? {} : { minSeverity }),
    ...(codes === undefined ? {} : { codes }),
  };
}
