import { isKhuyenCongError } from '@khuyencong/domain';
import { describeValue, ownValue } from '@khuyencong/internal';
import type { RollUpItem } from '../rollUp/RollUpItem';
import { calcError } from './calcError';
import { invalidOption } from './options';

/**
 * A caller's key function called on one value: what it returns, or, when it throws (a bug in it, or a class
 * passed for a function), `INVALID_OPTION` naming the option, reason `threw`, with its error as the `cause`,
 * so that a roll-up fails with calc's coded error like any other bad option. A coded error passes as it is.
 */
function callback(run: unknown, value: unknown, parameter: string): unknown {
  try {
    return (run as (value: unknown) => unknown)(value);
  } catch (error) {
    // Already coded (calc's own key function inside rollUp, or calc called by the caller's): as it is.
    if (isKhuyenCongError(error)) throw error;
    throw calcError(
      'INVALID_OPTION',
      `The ${parameter} function threw ${describeValue(error instanceof Error ? error.message : error)}.`,
      {
        parameter,
        value: 'function',
        expected: 'a function that returns a string',
        reason: 'threw',
      },
      error,
    );
  }
}

/** An item's own `location.provinceId` (never one polluted onto `Object.prototype`). */
function provinceOf(item: RollUpItem): unknown {
  const location: unknown = ownValue(item, 'location');
  return typeof location === 'object' && location !== null
    ? ownValue(location as { readonly provinceId?: unknown }, 'provinceId')
    : undefined;
}

/** A key read from an item: a string or number as text, nothing as `''`, anything else described (`object`). */
function keyText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : describeValue(value);
}

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
      const key: unknown = callback(by, item, parameter);
      if (typeof key !== 'string')
        throw invalidOption(parameter, key, 'a function returning a string key');
      return key;
    };
  }
  switch (by) {
    case 'province':
      return (item) => keyText(provinceOf(item));
    case 'region': {
      if (typeof regionOf !== 'function') {
        throw invalidOption(
          'regionOf',
          regionOf,
          "a function (provinceId) => regionId for by: 'region'",
        );
      }
      return (item) => {
        const province = provinceOf(item);
        if (province === undefined) return '';
        const region: unknown = callback(regionOf, province, 'regionOf');
        if (typeof region !== 'string')
          throw invalidOption('regionOf', region, 'a function returning a string region id');
        return region;
      };
    }
    case 'fund':
      return (item) => keyText(ownValue(item, 'fund'));
    case 'activity':
      return (item) => keyText(ownValue(item, 'activity'));
    case 'year':
      return (item) => keyText(ownValue(item, 'year'));
    default:
      throw invalidOption(
        parameter,
        by,
        'province, region, fund, activity, year or a key function',
      );
  }
}
