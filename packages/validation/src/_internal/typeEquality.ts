/** @internal A type with every `readonly` removed, deeply, so zod outputs compare with domain types. */
export type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

/** @internal `true` when two types are identical (optional and required properties differ). */
export type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** @internal `true` when a zod output and a domain type agree, ignoring `readonly`. */
export type Matches<Output, Domain> = Equals<Plain<Output>, Plain<Domain>>;
