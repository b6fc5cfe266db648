import type { IsoDate } from '@khuyencong/domain';
import { ownString } from '../../_internal/boundedMemo';

/** The most names remembered, over all dates. */
const LIMIT = 10_000;

/** @internal Remembers answers by date, then by name, in typed nested maps; bounded in size. */
export class DatedMemo<R> {
  readonly #byDate = new Map<IsoDate, Map<string, R>>();
  #size = 0;
  readonly #compute: (name: string, date: IsoDate) => R;

  constructor(compute: (name: string, date: IsoDate) => R) {
    this.#compute = compute;
  }

  get(name: string, date: IsoDate): R {
    let byName = this.#byDate.get(date);
    if (byName === undefined) {
      byName = new Map();
      this.#byDate.set(date, byName);
    } else {
      const hit = byName.get(name);
      if (hit !== undefined || byName.has(name)) return hit as R;
    }
    const value = this.#compute(name, date);
    if (this.#size >= LIMIT) {
      this.#byDate.clear();
      this.#size = 0;
      byName = new Map();
      this.#byDate.set(date, byName);
    }
    byName.set(ownString(name), value);
    this.#size += 1;
    return value;
  }
}
