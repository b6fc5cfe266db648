import fc from 'fast-check';
import { HOSTILE_VALUES, type HostileValue } from './HOSTILE_VALUES';

/** One call the suite makes: how a failure names it, how it changes a valid call's arguments, and whether it replaced the first one. */
export interface HostileCall {
  readonly label: string;
  /** The arguments of this call, made from those of a valid call (which it does not change). */
  readonly apply: (valid: readonly unknown[]) => unknown[];
  /** The first argument was replaced: a predicate must answer `false`. */
  readonly first: boolean;
}

const LARGE = 100_000;

function isLarge(value: unknown): boolean {
  return (typeof value === 'string' || Array.isArray(value)) && value.length >= LARGE;
}

/** The hostile values small enough to put at every depth (the large ones go only where a caller passes them). */
const SMALL_VALUES: readonly HostileValue[] = HOSTILE_VALUES.filter(({ value }) => !isLarge(value));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** fast-check values of every kind, drawn once per export with a seed of its name. */
const ANYTHING = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.bigInt(),
);

function seedOf(name: string): number {
  let hash = 0;
  for (let index = 0; index < name.length; index += 1) {
    hash = (Math.imul(hash, 31) + name.charCodeAt(index)) | 0;
  }
  return hash;
}

/** The fast-check values for one export: `runs` of them, the same on every run (seeded by the name). */
export function sampledValues(name: string, runs: number): HostileValue[] {
  const seed = Number(process.env['HOSTILE_SEED'] ?? seedOf(name));
  return fc
    .sample(ANYTHING, { numRuns: runs, seed })
    .map((value) => ({ label: `fast-check (seed ${seed}) ${describe(value)}`, value }));
}

function describe(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 120);
  } catch {
    return typeof value;
  }
}

/** `object` with `key` set to `value` (its prototype kept: a null-prototype object stays one). */
function withKey(
  object: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy = Object.create(Object.getPrototypeOf(object)) as Record<string, unknown>;
  Object.assign(copy, object);
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Every call the suite makes from one valid call: each argument (and one past the last) replaced by each
 * hostile value and each of `sampled`; each own key of an argument that is a plain object, and each own
 * key of a plain object inside it, replaced by each small hostile value; the first item of an array
 * argument likewise. `arity` limits the arguments attacked to the first ones (see `HostileCase`).
 */
export function hostileCalls(
  valid: readonly unknown[],
  sampled: readonly HostileValue[],
  arity: number = valid.length + 1,
): HostileCall[] {
  const calls: HostileCall[] = [];
  const at =
    (index: number, replace: (argument: unknown) => unknown) =>
    (args: readonly unknown[]): unknown[] => {
      const copy = [...args];
      copy[index] = replace(args[index]);
      return copy;
    };
  const asObject = (argument: unknown): Record<string, unknown> =>
    isPlainObject(argument) ? argument : {};
  for (let index = 0; index < arity; index += 1) {
    for (const { label, value } of [...HOSTILE_VALUES, ...sampled]) {
      calls.push({
        label: `argument ${index} = ${label}`,
        apply: at(index, () => value),
        first: index === 0,
      });
    }
    const argument = valid[index];
    if (isPlainObject(argument)) {
      for (const key of Object.keys(argument)) {
        const inner = argument[key];
        for (const { label, value } of SMALL_VALUES) {
          calls.push({
            label: `argument ${index}.${key} = ${label}`,
            apply: at(index, (current) => withKey(asObject(current), key, value)),
            first: false,
          });
        }
        if (!isPlainObject(inner)) continue;
        for (const innerKey of Object.keys(inner)) {
          for (const { label, value } of SMALL_VALUES) {
            calls.push({
              label: `argument ${index}.${key}.${innerKey} = ${label}`,
              apply: at(index, (current) => {
                const outer = asObject(current);
                return withKey(outer, key, withKey(asObject(outer[key]), innerKey, value));
              }),
              first: false,
            });
          }
        }
      }
    } else if (Array.isArray(argument) && argument.length > 0) {
      for (const { label, value } of SMALL_VALUES) {
        calls.push({
          label: `argument ${index}[0] = ${label}`,
          apply: at(index, (current) => [
            value,
            ...(Array.isArray(current) ? current.slice(1) : []),
          ]),
          first: false,
        });
      }
    }
  }
  return calls;
}
