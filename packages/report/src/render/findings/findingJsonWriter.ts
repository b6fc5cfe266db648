import type { LegalDocument } from '@khuyencong/domain';
import type { Language } from '@khuyencong/i18n-vi';
import type { LocatedFinding } from '../../model/LocatedFinding';
import { citationCache } from './citationCache';
import type { FindingJson } from './FindingJson';
import { findingMessage } from './findingMessage';
import { jsonPath } from './jsonPath';

/**
 * @internal The one writer of {@link FindingJson} objects, shared by every JSON output: a function of a
 * located finding, with the citations of one language remembered.
 */
export function findingJsonWriter(
  lang: Language,
  documents: Readonly<Record<string, LegalDocument>> | undefined,
): (item: LocatedFinding) => FindingJson {
  const cite = citationCache(lang, documents);
  return ({ finding, origin, projectId }) => {
    const path = jsonPath(origin.path, finding.path);
    const citation =
      finding.legalReference === undefined ? undefined : cite(finding.legalReference);
    return {
      code: finding.code,
      severity: finding.severity,
      message: findingMessage(finding, lang),
      source: origin.source,
      ...(origin.line === undefined ? {} : { line: origin.line }),
      ...(origin.column === undefined ? {} : { column: origin.column }),
      ...(path === undefined ? {} : { path }),
      ...(projectId === undefined ? {} : { projectId }),
      details: finding.details,
      ...(finding.legalReference === undefined ? {} : { legalReference: finding.legalReference }),
      ...(citation === undefined ? {} : { citation }),
    };
  };
}
