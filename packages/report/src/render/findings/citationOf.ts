import { LEGAL_DOCUMENTS, type LegalDocument, type LegalReference } from '@khuyencong/domain';
import { formatLegalReference, type Language } from '@khuyencong/i18n-vi';

/**
 * @internal A legal reference cited in a language ("khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC"), with the
 * caller's own documents looked up first; `undefined` when neither they nor the registry have its document
 * (the reference itself is still shown where the format has room for it).
 */
export function citationOf(
  reference: LegalReference,
  lang: Language,
  documents: Readonly<Record<string, LegalDocument>> | undefined,
): string | undefined {
  const id = reference.document;
  const known =
    (documents !== undefined && Object.hasOwn(documents, id)) || Object.hasOwn(LEGAL_DOCUMENTS, id);
  if (!known) return undefined;
  return formatLegalReference(reference, documents === undefined ? { lang } : { lang, documents });
}
