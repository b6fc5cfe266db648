import type { Certificate, ToIsoDateOptions, TypicalProductLevel } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import { optionsObject } from '../_internal/resolveAsOf';
import { defineRule } from '../rules/defineRule';
import type { Rule, ValidationResult } from '../rules/Rule';
import { runRules } from '../rules/runRules';
import { levelOptions, validCertificatesOfRank } from './hasValidCertificate';

/**
 * What the voting-entry rules check.
 *
 * @category Certificates
 */
export interface VotingEntryFacts {
  /** The level the product enters. */
  readonly level: TypicalProductLevel;
  /** The still-valid certificates of the level right below (or higher), on the "as of" date. */
  readonly lowerCertificates: readonly Certificate[];
  /** Whether the lower-level authority endorsed the entry instead (TT 26/2014/TT-BCT Điều 12). */
  readonly endorsed: boolean;
  /** Whether the level has a level below it (cấp huyện / cấp xã have none). */
  readonly needsLower: boolean;
}

/**
 * Options of {@link checkVotingEntry}.
 *
 * @category Certificates
 */
export interface VotingEntryOptions extends ToIsoDateOptions {
  /** The level the product enters: `province`, `regional` or `national` (the lowest level needs nothing). */
  readonly level: TypicalProductLevel;
  /** The date of entry: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`; today (in Vietnam) by default. */
  readonly asOf?: Date | string;
  /** Whether the authority of the level below endorsed the entry of a product it did not certify. */
  readonly endorsed?: boolean;
  /** The rules to run; {@link VOTING_ENTRY_RULES} by default. */
  readonly rules?: readonly Rule<VotingEntryFacts>[];
}

const ARTICLE_12 = { document: 'tt-26-2014-bct', article: '12' } as const;

/**
 * The rules of {@link checkVotingEntry}:
 * - `LOWER_LEVEL_CERTIFICATE_MISSING` (error): no still-valid certificate of the level below, and no
 *   endorsement. Details: `level`.
 * - `LOWER_LEVEL_ENDORSEMENT_USED` (info): no such certificate, but the lower authority endorsed the entry.
 *   Details: `level`.
 *
 * @category Certificates
 * @example
 * ```ts
 * import { VOTING_ENTRY_RULES } from '@khuyencong/validation';
 * VOTING_ENTRY_RULES.map((rule) => rule.severity)
 * //=> ['error', 'info']
 * ```
 */
export const VOTING_ENTRY_RULES: readonly Rule<VotingEntryFacts>[] = /* @__PURE__ */ deepFreeze([
  /* @__PURE__ */ defineRule<VotingEntryFacts>({
    code: 'LOWER_LEVEL_CERTIFICATE_MISSING',
    severity: 'error',
    legalReference: ARTICLE_12,
    check: (facts) =>
      facts.needsLower && facts.lowerCertificates.length === 0 && !facts.endorsed
        ? { details: { level: facts.level }, path: ['certificates'] }
        : undefined,
  }),
  /* @__PURE__ */ defineRule<VotingEntryFacts>({
    code: 'LOWER_LEVEL_ENDORSEMENT_USED',
    severity: 'info',
    legalReference: ARTICLE_12,
    check: (facts) =>
      facts.needsLower && facts.lowerCertificates.length === 0 && facts.endorsed
        ? { details: { level: facts.level } }
        : undefined,
  }),
]);

/**
 * Checks that a product may enter a voting level: it needs a still-valid ("còn giá trị") typical-product
 * certificate of the level below, or the endorsement of the lower authority (TT 26/2014/TT-BCT Điều 12).
 *
 * @param product - `{ certificates }`.
 * @param options - {@link VotingEntryOptions}.
 * @returns `{ ok, findings }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_INPUT` for certificates that do not match the schema;
 *   `INVALID_OPTION` for an unknown level or a bad `asOf`.
 * @category Certificates
 * @example
 * ```ts
 * import { checkVotingEntry } from '@khuyencong/validation';
 * const product = { certificates: [{ kind: 'rural-industrial-typical-product', level: 'province', productName: 'Nón lá', holder: 'HTX', issuedOn: '2022-06-01' }] } as const;
 * [checkVotingEntry(product, { level: 'regional', asOf: '2024-12-31' }).ok, checkVotingEntry(product, { level: 'regional', asOf: '2025-01-01' }).findings[0]?.code]
 * //=> [true, 'LOWER_LEVEL_CERTIFICATE_MISSING']
 * ```
 */
export function checkVotingEntry(product: unknown, options: VotingEntryOptions): ValidationResult {
  const { rank, asOf } = levelOptions(options);
  const bag = optionsObject(options);
  // The lowest level needs nothing below it; its certificates are still checked against the schema.
  const lower = validCertificatesOfRank(product, rank > 1 ? rank - 1 : rank, asOf);
  const facts: VotingEntryFacts = {
    level: bag.level as VotingEntryOptions['level'],
    lowerCertificates: rank > 1 ? lower : [],
    endorsed: bag.endorsed === true,
    needsLower: rank > 1,
  };
  return runRules((bag.rules ?? VOTING_ENTRY_RULES) as readonly Rule<VotingEntryFacts>[], facts, {
    asOf,
  });
}
