import type { RollUpItem } from '../rollUp/RollUpItem';
import { invalidOption } from './options';

/**
 * @internal The group key function of one grouping: a built-in key name (`province`, `region`, `fund`,
 * `activity`, `year`) or a key function, checked to return a string. `parameter` names the option in
 * errors (`by`, `by.region`).
 * @throws `INVALID_OPTION` for an unknown key, or `region` without a `regionOf` function.
 */
export function rollUpKeyFunction<T extends RollUpItem>(
  by: unknown,
  regionOf: unknown,
  parameter: string,
): (item: T) => string {
  if (typeof by === 'function') {
    return (item) => {
      const key: unknown = by(item);
      if (typeof key !== 'string')
        throw invalidOption(parameter, key, 'a function returning a string key');
      return key;
    };
  }
  switch (by) {
    case 'province':
      return (item) => item.location?.provinceId ?? '';
    case 'region': {
      if (typeof regionOf !== 'function') {
        throw invalidOption(
          'regionOf',
          regionOf,
          "a function (provinceId) => regionId for by: 'region'",
        );
      }
      return (item) =>
        item.location === undefined ? '' : String(regionOf(item.location.provinceId));
    }
    case 'fund':
      return (item) => item.fund ?? '';
    case 'activity':
      return (item) => item.activity ?? '';
    case 'year':
      return (item) => (item.year === undefined ? '' : String(item.year));
    default:
      throw invalidOption(
        parameter,
        by,
        'province, region, fund, activity, year or a key function',
      );
  }
}
