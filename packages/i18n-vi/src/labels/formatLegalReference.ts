import {
  LEGAL_DOCUMENTS,
  type LegalDocument,
  type LegalDocumentKind,
  type LegalReference,
} from '@khuyencong/domain';
import { describeValue, detailValue, fail } from '../_internal/fail';

const KIND_NAMES: Readonly<Record<LegalDocumentKind, string>> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  'joint-circular': 'Thông tư liên tịch',
  'consolidated-text': 'Văn bản hợp nhất',
};

function documentName(document: LegalDocument): string {
  if (document.number === undefined) return document.title;
  const name = document.kind === 'law' ? document.title : KIND_NAMES[document.kind];
  return `${name} số ${document.number}`;
}

/**
 * Cites a legal reference in the Vietnamese order, smallest unit first: "điểm a khoản 1 Điều 5 Nghị định số
 * 45/2012/NĐ-CP" (a law is cited by its title, "Luật Kế toán số 88/2015/QH13"; a document without a number by its
 * title).
 *
 * @param reference - a `LegalReference` of `@khuyencong/domain` whose document is in `LEGAL_DOCUMENTS`.
 * @returns the citation.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_LEGAL_DOCUMENT` when the document is not in the registry.
 * @category Labels
 * @example
 * ```ts
 * import { formatLegalReference } from '@khuyencong/i18n-vi';
 * [formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }), formatLegalReference({ document: 'nd-45-2012', article: '5', clause: '1', point: 'đ' })]
 * //=> ['khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC', 'điểm đ khoản 1 Điều 5 Nghị định số 45/2012/NĐ-CP']
 * ```
 */
export function formatLegalReference(reference: LegalReference): string {
  const documents: Readonly<Record<string, LegalDocument>> = LEGAL_DOCUMENTS;
  const id: unknown =
    typeof reference === 'object' && reference !== null ? reference.document : undefined;
  const document =
    typeof id === 'string' && Object.hasOwn(documents, id) ? documents[id] : undefined;
  if (document === undefined) {
    return fail(
      'UNKNOWN_LEGAL_DOCUMENT',
      `formatLegalReference: no legal document ${describeValue(id)}.`,
      {
        value: detailValue(id),
      },
    );
  }
  const parts: string[] = [];
  if (reference.point !== undefined) parts.push(`điểm ${reference.point}`);
  if (reference.clause !== undefined) parts.push(`khoản ${reference.clause}`);
  if (reference.article !== undefined) parts.push(`Điều ${reference.article}`);
  parts.push(documentName(document));
  return parts.join(' ');
}
