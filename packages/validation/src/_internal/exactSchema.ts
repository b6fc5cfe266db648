import type * as z from 'zod/mini';
import type { Matches } from './typeEquality';

type Drift<S extends z.ZodMiniType, Domain> =
  Matches<z.output<S>, Domain> extends true ? [] : ['output differs from the domain type'];

/**
 * @internal Returns a schema typed by its domain type, after a compile-time check that its output is exactly
 * that type up to `readonly` (a missing, extra or wrongly optional key is a compile error):
 * `exactSchema<Project>()(object({ ... }))`.
 */
export function exactSchema<Domain>(): <S extends z.ZodMiniType>(
  schema: S,
  ...drift: Drift<S, Domain>
) => z.ZodMiniType<Domain> {
  return <S extends z.ZodMiniType>(schema: S, ..._drift: Drift<S, Domain>) =>
    schema as unknown as z.ZodMiniType<Domain>;
}
