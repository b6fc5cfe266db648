import type { LegalDocumentId } from './legalDocuments';

/**
 * A pointer into a legal text: the document and, where known, its article (Điều), clause (khoản) and
 * point (điểm). Render it with `formatLegalReference` from `@khuyencong/i18n-vi`.
 *
 * @category Legal references
 */
export interface LegalReference {
  /**
   * The document: an id of {@link LEGAL_DOCUMENTS}, or the id of a document of your own (a province's
   * HĐND resolution, say) that you describe in your rule set.
   */
  readonly document: LegalDocumentId | (string & {});
  /** Điều (article) number, e.g. `'8'`. */
  readonly article?: string;
  /** Khoản (clause) number, e.g. `'4'`. */
  readonly clause?: string;
  /** Điểm (point) letter, e.g. `'c'`. */
  readonly point?: string;
}
