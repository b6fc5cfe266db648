import type { LegalDocument, LegalReference } from '@khuyencong/domain';
import type { Language } from '@khuyencong/i18n-vi';
import { citationOf } from './citationOf';

/**
 * @internal {@link citationOf} remembered per provision, for outputs that cite the same few provisions
 * thousands of times (keys are typed tuples joined by a character no id or provision holds).
 */
export function citationCache(
  lang: Language,
  documents: Readonly<Record<string, LegalDocument>> | undefined,
): (reference: LegalReference) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (reference) => {
    const key = [reference.document, reference.article, reference.clause, reference.point].join(
      '\u0000',
    );
    if (cache.has(key)) return cache.get(key);
    const citation = citationOf(reference, lang, documents);
    cache.set(key, citation);
    return citation;
  };
}
