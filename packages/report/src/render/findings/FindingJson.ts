import type { Finding, FindingSeverity, LegalReference } from '@khuyencong/domain';

/**
 * One finding as the JSON outputs list it ({@link renderReportJson}, {@link renderFindings}): flat and
 * self-explaining, every part a reader or a program needs in one object. Absent parts are left out.
 *
 * @category Render
 */
export interface FindingJson {
  /** The stable code, e.g. `CELL_NOT_AMOUNT`. */
  readonly code: string;
  readonly severity: FindingSeverity;
  /** What it says, in the language asked for. */
  readonly message: string;
  /** The input's name (a file path, `-`, `seed`). */
  readonly source: string;
  /** The 1-based CSV line (the header is line 1). */
  readonly line?: number;
  /** The column's header as written, for a finding about one cell. */
  readonly column?: string;
  /**
   * Where in the data: the JSON path of the item in its input followed by the finding's own path inside it
   * (`projects[1].location.unitKind`); for a CSV row, the path inside the đề án the row gives.
   */
  readonly path?: string;
  /** The đề án it is about. */
  readonly projectId?: string;
  /** The values of the message: amounts in whole đồng, percents as decimal strings. */
  readonly details: Finding['details'];
  /** The legal text the check enforces. */
  readonly legalReference?: LegalReference;
  /** That legal text cited in the language asked for ("khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC"). */
  readonly citation?: string;
}
