import type { LegalDocument } from '@khuyencong/domain';
import type { Language } from '@khuyencong/i18n-vi';

/**
 * Options of the report renderers ({@link renderReportText}, {@link renderReportJson}, {@link renderReportCsv},
 * {@link renderReportHtml}); {@link renderReport} takes them with a `format`.
 *
 * @category Render
 */
export interface RenderOptions {
  /** The language of every word: `'vi'` (default) or `'en'`. Figures and names come from the data. */
  readonly lang?: Language;
  /**
   * Make the totals even though some rows were rejected (they are left out, and every format says so at the
   * top). Without it, a report with rejected rows is refused with `ROWS_REJECTED`.
   */
  readonly skipInvalid?: boolean;
  /** Legal documents of your own by id (a province's resolution), for the citations of findings. */
  readonly documents?: Readonly<Record<string, LegalDocument>>;
  /**
   * How a reader sees every finding of a code, for the text output's "… and N more" line (e.g.
   * `(code) => \`khuyencong check de-an.csv --code ${code} --format json\``). Without it, the text says that
   * the JSON output lists them all.
   */
  readonly moreFindings?: (code: string) => string;
  /** Text output: how many findings of each code are shown with where they are (default 5). */
  readonly perCode?: number;
}
