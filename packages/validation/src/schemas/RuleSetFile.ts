import type { RuleSet } from '@khuyencong/calc';
import type { LegalDocument } from '@khuyencong/domain';

/**
 * A rule-set file as {@link ruleSetFileSchema} returns it, whichever of its three forms was written (one rule
 * set, a list of them, or `{ "$schema"?, "legalDocuments"?, "ruleSets" }`): the legal documents it defines (a
 * province's own HĐND resolution; empty when it defines none) and its rule sets, in file order.
 *
 * @category Rule-set files
 */
export interface RuleSetFile {
  /** The legal documents the file defines, for the ids its rule sets cite. */
  readonly legalDocuments: readonly LegalDocument[];
  /** The rule sets, for calc's `createRuleSetRegistry`. */
  readonly ruleSets: readonly RuleSet[];
}
