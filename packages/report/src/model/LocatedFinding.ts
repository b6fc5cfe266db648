import type { Finding } from '@khuyencong/domain';
import type { RecordOrigin } from './RecordOrigin';

/**
 * A finding with where it was found: the input and its line, column or path, and the đề án it is about.
 * Findings carry codes and values only; their words come from `@khuyencong/i18n-vi` when they are rendered.
 *
 * @category Model
 */
export interface LocatedFinding {
  /** The finding: code, severity, details, legal reference. */
  readonly finding: Finding;
  /** Where it was found. */
  readonly origin: RecordOrigin;
  /** The id of the đề án it is about, if any. */
  readonly projectId?: string;
}
