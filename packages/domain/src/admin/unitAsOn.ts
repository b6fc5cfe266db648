import type { IsoDate } from '../dates/IsoDate';

/** @internal What a unit with a dated history of names and kinds looks like to {@link unitAsOn}. */
export interface WithFormerNames<K extends string> {
  readonly name: string;
  readonly fullName: string;
  readonly kind: K;
  readonly formerNames: readonly {
    readonly name: string;
    readonly fullName: string;
    readonly kind: K;
    readonly validTo: IsoDate;
  }[];
}

const VIEWS = new WeakMap<object, Map<number, object>>();

/** @internal Whether a unit has a dated history of names (provinces and communes do; the examples do not). */
export function hasFormerNames<U extends object>(unit: U): unit is U & WithFormerNames<string> {
  return Array.isArray((unit as { readonly formerNames?: unknown }).formerNames);
}

/**
 * @internal The unit as it was on `day`: the record itself when its own name and kind applied, otherwise a
 * frozen copy with the name, full name and kind of the former name in use (one copy per unit and former
 * name, so a lookup gives the same object each time). Huế on 2024-12-31 is "Tỉnh Thừa Thiên Huế", a
 * `province`; a commune turned into a phường is a `commune` before the change.
 */
export function unitAsOn<K extends string, U extends WithFormerNames<K>>(unit: U, day: IsoDate): U {
  const index = unit.formerNames.findIndex((former) => day <= former.validTo);
  const former = unit.formerNames[index];
  if (former === undefined) return unit;
  let views = VIEWS.get(unit);
  if (views === undefined) {
    views = new Map();
    VIEWS.set(unit, views);
  }
  const known = views.get(index);
  if (known !== undefined) return known as U;
  const { name, fullName, kind } = former;
  const view = Object.freeze({ ...unit, name, fullName, kind });
  views.set(index, view);
  return view;
}
