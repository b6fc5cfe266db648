import type { LegalReference } from '@khuyencong/domain';
import { formatLegalReference } from '@khuyencong/i18n-vi';

/** A legal reference cited the Vietnamese way, or by its parts when the document is not in the registry. */
export function cite(reference: LegalReference): string {
  try {
    return formatLegalReference(reference);
  } catch {
    return [reference.document, reference.article, reference.clause, reference.point]
      .filter(Boolean)
      .join(' ');
  }
}
