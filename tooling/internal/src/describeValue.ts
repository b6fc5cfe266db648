import { cutText } from './cutText';

/** How many code units of a string `describeValue` quotes before it cuts the rest. */
const QUOTED_LENGTH = 40;

/**
 * A short, safe description of any value, for error messages and details, the same in every package:
 * a string JSON-quoted and cut at 40 characters with `…` (a long hostile input is never copied whole),
 * `12n` for a bigint, a number or boolean as written, `null`, `undefined`, `Date`, `array`, and otherwise
 * the type: `function`, `symbol` or `object` (a boxed primitive is an `object`). Never throws, whatever the
 * value (a revoked proxy is an `object`).
 *
 * @param value - anything.
 * @returns e.g. `"12a"`, `12n`, `1.5`, `true`, `null`, `Date`, `array`, `object`.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cutText(value, QUOTED_LENGTH));
    case 'bigint':
      return `${value}n`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return value === null ? 'null' : describeObject(value);
    default:
      return typeof value;
  }
}

function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return 'array';
    return value instanceof Date ? 'Date' : 'object';
  } catch {
    // A revoked proxy throws on every inspection.
    return 'object';
  }
}
