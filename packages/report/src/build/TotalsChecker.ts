import { checkPartsSum, type RollUpGroup, subtract, sum } from '@khuyencong/calc';
import type { Finding, ReportedAmount, VndAmount } from '@khuyencong/domain';
import { reportFinding } from '../_internal/reportFinding';
import type { TotalsFigures } from '../model/ImportRecord';

type ProjectField = 'totalCost' | 'national' | 'local' | 'counterpart' | 'other' | 'support';

function projectValue(group: RollUpGroup | undefined, field: ProjectField): VndAmount {
  if (group === undefined) return '0';
  if (field === 'totalCost') return group.totalCost;
  if (field === 'support') return group.support;
  return group.funding[field];
}

const PROJECT_FIELDS: readonly ProjectField[] = [
  'totalCost',
  'national',
  'local',
  'counterpart',
  'other',
  'support',
];

const UNIT_WORD = /tỷ|tỉ|triệu|nghìn|ngàn|\btr\b/iu;

/**
 * Whether a total written with a unit or an approximate word ("4,06 tỷ", "hơn 4 tỷ") is the computed sum read
 * as rounded: a total written out in full digits must match to the đồng.
 */
function roundedMatch(stated: ReportedAmount, computed: VndAmount, field: string): boolean {
  const approximate = stated.qualifier !== undefined || UNIT_WORD.test(stated.asWritten ?? '');
  if (!approximate) return false;
  return !checkPartsSum(stated, [computed], { field }).some(
    (finding) => finding.code === 'PARTS_DO_NOT_SUM_TO_TOTAL',
  );
}

/**
 * @internal The check of the totals rows of one input against the rows above each, since the one before: the
 * projects by total cost and funding source (their sums are the builder's roll-up, grouped by
 * {@link TotalsChecker.section}: each project is parsed once), plan/report lines (those of all sources) by plan
 * and achievement. A total written in full digits must match to the đồng; one written with a unit or an
 * approximate word matches when it is the sum read as rounded ("4,06 tỷ" for 4.059.000.000).
 */
export class TotalsChecker {
  readonly #input: number;
  #sections = 0;
  #section: string;
  #planned: VndAmount[] = [];
  #achieved: VndAmount[] = [];

  /** @param input - the input's position among the inputs (the sections of inputs never share a key). */
  constructor(input: number) {
    this.#input = input;
    this.#section = `${input}:0`;
  }

  /** The key of the section of the input the next project is in: projects are added up by it. */
  get section(): string {
    return this.#section;
  }

  addLine(planned: ReportedAmount | undefined, achieved: ReportedAmount | undefined): void {
    if (planned !== undefined) this.#planned.push(planned.amount);
    if (achieved !== undefined) this.#achieved.push(achieved.amount);
  }

  /**
   * The findings of a totals row, given the sums of the projects of the current section (`undefined` when it
   * has none), and a fresh section for the rows below it.
   */
  check(label: string, figures: TotalsFigures, group: RollUpGroup | undefined): Finding[] {
    const rows = (group?.count ?? 0) + Math.max(this.#planned.length, this.#achieved.length);
    const computed = new Map<string, VndAmount>();
    for (const field of PROJECT_FIELDS) computed.set(field, projectValue(group, field));
    computed.set('planned', sum(this.#planned));
    computed.set('achieved', sum(this.#achieved));
    const findings: Finding[] = [];
    let compared = 0;
    for (const [field, stated] of Object.entries(figures)) {
      const total = computed.get(field);
      if (total === undefined) continue;
      compared += 1;
      if (stated.amount === total || roundedMatch(stated, total, field)) continue;
      findings.push(
        reportFinding('TOTALS_ROW_MISMATCH', {
          label,
          field,
          stated: stated.amount,
          computed: total,
          difference: subtract(stated.amount, total),
          rows,
        }),
      );
    }
    if (compared > 0 && findings.length === 0) {
      findings.push(reportFinding('TOTALS_ROW_MATCHES', { label, rows }));
    }
    this.#sections += 1;
    this.#section = `${this.#input}:${this.#sections}`;
    this.#planned = [];
    this.#achieved = [];
    return findings;
  }
}
