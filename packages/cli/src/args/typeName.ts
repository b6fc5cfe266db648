/**
 * What a value given where a string or a function was due is, for an error message: its JavaScript type
 * (`number`, `object`, `array`, `null`), `empty` for `undefined`. Never the value itself, which could be
 * anything (a megabyte, a NaN, an object that throws when printed).
 */
export function typeName(value: unknown): string {
  if (value === undefined) return 'empty';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
