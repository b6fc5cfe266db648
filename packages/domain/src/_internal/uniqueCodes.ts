/**
 * Joins code lists, each code once, in order. Called with a `@__PURE__` annotation so that bundlers drop the
 * joined list when nothing uses it.
 *
 * @internal
 */
export function uniqueCodes<C extends string>(lists: readonly (readonly C[])[]): readonly C[] {
  return [...new Set(lists.flat())];
}
