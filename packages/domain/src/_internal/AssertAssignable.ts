/**
 * A compile-time check with no runtime cost: `AssertAssignable<typeof DATA, readonly Definition[]>` fails to
 * compile when the data does not fit the type, without keeping the data alive in a bundle.
 *
 * @internal
 */
export type AssertAssignable<T extends U, U> = T;
