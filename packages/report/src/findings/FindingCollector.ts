import type { Finding, FindingSeverity } from '@khuyencong/domain';
import { findingPasses } from '../_internal/findingPasses';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { RecordOrigin } from '../model/RecordOrigin';
import type { FindingSummary } from '../model/Report';
import type { FindingFilter } from './FindingFilter';

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** The findings of one code and severity so far. */
interface Tally {
  readonly code: string;
  readonly severity: FindingSeverity;
  count: number;
  /** How many of them were kept. */
  kept: number;
  /** Whether the filter lets findings of this code and severity through (it reads nothing else). */
  readonly passes: boolean;
}

/**
 * @internal What the builder does with each finding: count it by code and severity, and keep (all, or the
 * first `perCode` of each code and severity) and pass on the ones the filter lets through. A finding is
 * wrapped with where it was found only when it is kept or passed on, and the filter is asked once per code
 * and severity (it reads nothing else), so that counting millions of findings allocates nothing.
 */
export class FindingCollector {
  /** The tallies by code, then by severity rank. */
  readonly #tallies = new Map<string, (Tally | undefined)[]>();
  readonly #kept: LocatedFinding[] = [];
  /** How many of each code and severity to keep: `Infinity` for all, `0` for none. */
  readonly #perCode: number;
  readonly #filter: FindingFilter;
  readonly #sink: ((finding: LocatedFinding) => void) | undefined;

  constructor(
    perCode: number,
    filter: FindingFilter,
    sink: ((finding: LocatedFinding) => void) | undefined,
  ) {
    this.#perCode = perCode;
    this.#filter = filter;
    this.#sink = sink;
  }

  /** Counts a finding already located, and keeps or passes it on. */
  add(item: LocatedFinding): void {
    const tally = this.#count(item.finding);
    if (tally.passes) this.#take(tally, item);
  }

  /** Counts a finding about a đề án; it is wrapped with its origin and id only when kept or passed on. */
  addAbout(finding: Finding, origin: RecordOrigin, projectId: string): void {
    const tally = this.#count(finding);
    if (!tally.passes || (tally.kept >= this.#perCode && this.#sink === undefined)) return;
    this.#take(tally, { finding, origin, projectId });
  }

  get kept(): readonly LocatedFinding[] {
    return this.#kept;
  }

  summary(): FindingSummary {
    const byCode: { code: string; severity: FindingSeverity; count: number }[] = [];
    const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
    let total = 0;
    for (const tallies of this.#tallies.values()) {
      for (const tally of tallies) {
        if (tally === undefined) continue;
        const { code, severity, count } = tally;
        byCode.push({ code, severity, count });
        bySeverity[severity] += count;
        total += count;
      }
    }
    byCode.sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        b.count - a.count ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
    return { total, bySeverity, byCode };
  }

  #count(finding: Finding): Tally {
    const { code, severity } = finding;
    let tallies = this.#tallies.get(code);
    if (tallies === undefined) {
      tallies = [undefined, undefined, undefined];
      this.#tallies.set(code, tallies);
    }
    // RANK's values, compared (no keyed lookup: this runs on every finding).
    const rank = severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
    let tally = tallies[rank];
    if (tally === undefined) {
      tally = {
        code,
        severity,
        count: 0,
        kept: 0,
        passes: findingPasses(finding, this.#filter),
      };
      tallies[rank] = tally;
    }
    tally.count += 1;
    return tally;
  }

  #take(tally: Tally, item: LocatedFinding): void {
    if (tally.kept < this.#perCode) {
      tally.kept += 1;
      this.#kept.push(item);
    }
    this.#sink?.(item);
  }
}
