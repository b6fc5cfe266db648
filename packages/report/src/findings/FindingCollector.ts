import type { FindingSeverity } from '@khuyencong/domain';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { FindingSummary } from '../model/Report';
import type { FindingFilter } from './FindingFilter';
import { matchesFilter } from './matchesFilter';

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** @internal What the builder does with each finding: count it, and keep or pass on the ones the filter lets through. */
export class FindingCollector {
  readonly #counts = new Map<string, { code: string; severity: FindingSeverity; count: number }>();
  readonly #bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  readonly #kept: LocatedFinding[] = [];
  readonly #keep: boolean;
  readonly #filter: FindingFilter;
  readonly #sink: ((finding: LocatedFinding) => void) | undefined;
  #total = 0;

  constructor(
    keep: boolean,
    filter: FindingFilter,
    sink: ((finding: LocatedFinding) => void) | undefined,
  ) {
    this.#keep = keep;
    this.#filter = filter;
    this.#sink = sink;
  }

  add(item: LocatedFinding): void {
    const { code, severity } = item.finding;
    const key = `${severity}\u0000${code}`;
    const entry = this.#counts.get(key);
    if (entry === undefined) this.#counts.set(key, { code, severity, count: 1 });
    else entry.count += 1;
    this.#bySeverity[severity] += 1;
    this.#total += 1;
    if (!matchesFilter(item, this.#filter)) return;
    if (this.#keep) this.#kept.push(item);
    this.#sink?.(item);
  }

  get kept(): readonly LocatedFinding[] {
    return this.#kept;
  }

  summary(): FindingSummary {
    const byCode = [...this.#counts.values()]
      .map((entry) => ({ ...entry }))
      .sort(
        (a, b) =>
          RANK[a.severity] - RANK[b.severity] ||
          b.count - a.count ||
          (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      );
    return { total: this.#total, bySeverity: { ...this.#bySeverity }, byCode };
  }
}
