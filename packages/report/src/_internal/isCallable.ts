/**
 * @internal Whether a value can be called as a callback: a function that is not a class (a class constructor
 * throws a `TypeError` when called without `new`).
 */
export function isCallable(value: unknown): value is (...args: never[]) => unknown {
  if (typeof value !== 'function') return false;
  try {
    return !/^class[\s{]/.test(Function.prototype.toString.call(value));
  } catch {
    return false;
  }
}
