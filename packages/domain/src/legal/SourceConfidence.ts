/**
 * How a fact was established, after the markings of the project's legal reference:
 * `read` (the legal text itself was read), `secondary` (news, Q&A or an aggregator reporting it),
 * `inferred` (reasoned from texts that were read) or `memory` (background knowledge, not confirmed).
 *
 * @category Legal references
 * @example
 * ```ts
 * import { SOURCE_BASES } from '@khuyencong/domain';
 * SOURCE_BASES
 * //=> ['read', 'secondary', 'inferred', 'memory']
 * ```
 */
export const SOURCE_BASES = ['read', 'secondary', 'inferred', 'memory'] as const;

/**
 * One of {@link SOURCE_BASES}.
 *
 * @category Legal references
 */
export type SourceBasis = (typeof SOURCE_BASES)[number];

/**
 * How sure we are of a fact, and why.
 *
 * @category Legal references
 */
export interface SourceConfidence {
  /** How the fact was established. */
  readonly basis: SourceBasis;
  /** How much weight it bears. */
  readonly level: 'high' | 'medium' | 'low';
}
