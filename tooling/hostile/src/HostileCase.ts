import type { ExitCodeContract } from './ExitCodeContract';

/**
 * How the suite calls one export. Every runtime export of a package needs one (the suite fails on an export
 * without a case, and on a case without an export).
 *
 * - `function`: `valid` is a call that must succeed; each argument in turn (and one argument past the last)
 *   is replaced by every hostile value and by fast-check values, and each own key of an argument that is a
 *   plain object (its options) is replaced in the same way. `predicate: true` says the function answers
 *   `true`/`false`: it must never throw and must answer `false` for hostile values. `methods` are called on
 *   what the valid call returns (a registry, an accumulator), made afresh for every call.
 * - `class`: the same, for `new Export(...valid)`; `methods` are called on an instance made from `valid`.
 * - `value`: a constant (data, a code list, a registry). It must be frozen; `methods` are called on it.
 * - `skip`: not called, with the reason (e.g. a function whose valid input is a callback it runs).
 */
/** The arguments of a valid call, or a function making them afresh (for stateful ones, e.g. a builder). */
export type HostileArgs = readonly unknown[] | (() => readonly unknown[]);

/**
 * What every case but `skip` may set: a longer time limit for its calls, while a known slow path is being
 * fixed elsewhere (say which, and why, in `reason`); the suite's limit (50 ms) unless set.
 */
interface TimedCase {
  readonly timeLimitMs?: number;
  readonly reason?: string;
}

export type HostileCase =
  | (TimedCase & {
      readonly kind: 'function';
      readonly valid: HostileArgs;
      readonly predicate?: boolean;
      /**
       * For a predicate whose first argument may be valid as a hostile value gives it (`isEffectiveOn({}, date)`:
       * a period with no bounds is in force): whether `true` is the right answer for these arguments. Without
       * it a predicate must answer `false` whenever its first argument is hostile.
       */
      readonly trueFor?: (args: readonly unknown[]) => boolean;
      readonly methods?: Readonly<Record<string, HostileArgs>>;
      /**
       * For a function that runs a command line: it resolves to an exit code whatever it is given, and is
       * held to {@link ExitCodeContract} instead (its `methods` are not called).
       */
      readonly exitCode?: ExitCodeContract;
    })
  | (TimedCase & {
      readonly kind: 'class';
      readonly valid: HostileArgs;
      readonly methods?: Readonly<Record<string, HostileArgs>>;
    })
  | (TimedCase & {
      readonly kind: 'value';
      readonly methods?: Readonly<Record<string, HostileArgs>>;
      /** Set for a value that is not frozen on purpose (say why in `reason`). */
      readonly mutable?: boolean;
      /**
       * How many arguments of each method are attacked, when a later one belongs to a third party (zod's
       * `safeParse(value, params)`: its `params` are zod's API, not the repo's; say why in `reason`). Without
       * it every argument given and one past the last are attacked.
       */
      readonly arity?: number;
      /**
       * The part of a method's result that is the repo's text and data, when the rest is a third party's
       * (a zod `safeParse` result: its parsed data and its issues' messages are ours, worded by our error
       * maps; the issue objects' tags such as `received: 'NaN'` and the JSON dump in `error.message` are
       * zod's). Only that part is checked for leaks; without it, the whole result is.
       */
      readonly outcome?: (result: unknown) => unknown;
    })
  | { readonly kind: 'skip'; readonly reason: string };

/** A case for every runtime export of a package, by export name. */
export type HostileCases = Readonly<Record<string, HostileCase>>;
