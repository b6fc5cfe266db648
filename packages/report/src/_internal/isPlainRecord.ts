/**
 * @internal Whether a value is a plain object (its prototype `Object.prototype` of any realm, or `null`), as the
 * report's data is: not an array, a boxed primitive, a `Date`, a `Map` or a class instance.
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
