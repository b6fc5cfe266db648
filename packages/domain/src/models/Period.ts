import type { PeriodKind } from '../codes/periodKinds';

/**
 * A reporting period: `{ kind: 'year', year: 2024 }` (năm 2024), `{ kind: 'nine-months', year: 2024 }`
 * (9 tháng năm 2024), `{ kind: 'quarter', year: 2024, index: 3 }` (quý III/2024), `{ kind: 'half-year',
 * year: 2024, index: 1 }`, `{ kind: 'month', year: 2024, index: 9 }`, `{ kind: 'multi-year', year: 2021,
 * endYear: 2025 }` (giai đoạn 2021-2025). The budget year is the calendar year.
 *
 * @category Models
 */
export interface Period {
  /** The kind of period. */
  readonly kind: PeriodKind;
  /** The (first) calendar year. */
  readonly year: number;
  /** Quarter 1-4, half 1-2 or month 1-12, for those kinds. */
  readonly index?: number;
  /** The last year of a multi-year period. */
  readonly endYear?: number;
}
