import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { LegalDocument } from './LegalDocument';
import { LEGAL_DOCUMENTS } from './legalDocuments';

/**
 * Looks a document up by id, or by its official number (`'28/2018/TT-BTC'`, case and spacing ignored).
 *
 * @param idOrNumber - an id of {@link LEGAL_DOCUMENTS} or an official number.
 * @returns the document.
 * @throws {@link KhuyenCongError} `UNKNOWN_LEGAL_DOCUMENT` when nothing matches, and for anything but a string
 *   (`undefined` is no document).
 * @category Legal references
 * @example
 * ```ts
 * import { getLegalDocument } from '@khuyencong/domain';
 * [getLegalDocument('28/2018/TT-BTC').id, getLegalDocument('nd-235-2025').effectiveFrom]
 * //=> ['tt-28-2018-btc', '2025-10-15']
 * [() => getLegalDocument(undefined as never), () => getLegalDocument(new String('nd-235-2025') as never)].map((call) => { try { return call().id; } catch (error) { return (error as { code: string }).code; } })
 * //=> ['UNKNOWN_LEGAL_DOCUMENT', 'UNKNOWN_LEGAL_DOCUMENT']
 * ```
 */
export function getLegalDocument(idOrNumber: string): LegalDocument {
  const documents: Readonly<Record<string, LegalDocument>> = LEGAL_DOCUMENTS;
  if (typeof idOrNumber === 'string') {
    const byId = Object.hasOwn(documents, idOrNumber) ? documents[idOrNumber] : undefined;
    if (byId !== undefined) return byId;
    const wanted = normaliseNumber(idOrNumber);
    // A document without a number matches no number (before, `undefined` matched the first such document).
    const byNumber = Object.values(documents).find(
      (doc) => doc.number !== undefined && normaliseNumber(doc.number) === wanted,
    );
    if (byNumber !== undefined) return byNumber;
  }
  return fail(
    'UNKNOWN_LEGAL_DOCUMENT',
    `No legal document with id or number ${describeValue(idOrNumber)}.`,
    { value: detailValue(idOrNumber) },
  );
}

function normaliseNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}
