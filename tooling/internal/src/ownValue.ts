/**
 * The value of an object's OWN property `key`, or `undefined` when it has none: an inherited property, or
 * one polluted onto `Object.prototype`, is never read. For the few readers where {@link readOptions} does
 * not fit: a function with no `INVALID_OPTION` to throw (domain's `normalizeAdminName`), a reader that never
 * throws (i18n-vi's `messageOf`), a message (calc's `computeSupport` naming a variant). The own-property
 * check runs only when the lookup finds a value, so an absent field costs one read.
 *
 * @param object - any object.
 * @param key - the property.
 * @returns its own value, else `undefined`.
 */
export function ownValue<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  const value = object[key];
  return value === undefined || Object.hasOwn(object, key) ? value : undefined;
}
