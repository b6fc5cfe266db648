import type {
  Activity,
  DecimalString,
  IsoDate,
  LegalReference,
  SourceConfidence,
  StateFundingSource,
  VndAmount,
} from '@khuyencong/domain';

/**
 * What an absolute cap is counted per: `enterprise` (doanh nghiệp), `model` (mô hình), `facility`
 * (cơ sở), `cluster` (cụm công nghiệp), `linkage-cluster` (cụm liên kết doanh nghiệp), `round` (lần bình
 * chọn), `product` (sản phẩm), `brand` (thương hiệu), `association` (hiệp hội).
 *
 * @category Support rules
 */
export type CapUnit =
  | 'enterprise'
  | 'model'
  | 'facility'
  | 'cluster'
  | 'linkage-cluster'
  | 'round'
  | 'product'
  | 'brand'
  | 'association';

/**
 * What a maximum rate is a percentage of: `eligible-cost` (chi phí, the usual base), `interest` (lãi
 * vay, for relocation), `booth-rent` (thuê gian hàng), `listed-costs` (the costs a text enumerates, e.g.
 * fairs), `air-tickets` (vé máy bay, study tours). `computeSupport` applies the rate to the amount you pass
 * as `eligibleCost`, so pass that base.
 *
 * @category Support rules
 */
export type RateBase = 'eligible-cost' | 'interest' | 'booth-rent' | 'listed-costs' | 'air-tickets';

/**
 * A modifier a legal text sets on a support level, chosen per đề án: `technology-line` (dây chuyền công
 * nghệ, ×1,5 of the machinery cap under TT 28/2018) or `priority` (mức hỗ trợ ưu tiên, ≤ 1,5× under TTLT
 * 26/2014 Điều 6.2.t). A rule set may define its own ids.
 *
 * @category Support rules
 */
export interface SupportModifier {
  /** The id callers pass in `modifiers`, e.g. `technology-line`. */
  readonly id: string;
  /** Multiplies the absolute cap (a plain decimal string, e.g. `'1.5'`). */
  readonly capMultiplier?: DecimalString;
  /** Multiplies the maximum rate; the result never exceeds 100%. */
  readonly rateMultiplier?: DecimalString;
  /** Where the text sets it. */
  readonly legalReference: LegalReference;
  /** How sure we are of it. */
  readonly confidence: SourceConfidence;
  /** What is uncertain about it. */
  readonly note?: string;
}

/**
 * The support limit of one activity (or one variant of it) in a rule set: at most `maxRatePercent` of the
 * base and at most `cap` per `capUnit`. A rule without a rate is limited to 100% of the base; a rule
 * without a cap has no absolute limit.
 *
 * @category Support rules
 */
export interface SupportRule {
  /** The activity (nội dung khuyến công). */
  readonly activity: Activity;
  /** The variant when an activity has several levels, e.g. `regional` / `national` for typical-product voting. */
  readonly variant?: string;
  /** The maximum rate in percent of the base, e.g. `'30'`. */
  readonly maxRatePercent?: DecimalString;
  /** What the rate is a percentage of (default `eligible-cost`). */
  readonly rateBase?: RateBase;
  /** The absolute cap in whole đồng, e.g. `'1000000000'`. */
  readonly cap?: VndAmount;
  /** What the cap is counted per. */
  readonly capUnit?: CapUnit;
  /** Where the text sets it. */
  readonly legalReference: LegalReference;
  /** How sure we are of the figures. */
  readonly confidence: SourceConfidence;
  /** Modifiers available for this rule only (rule-set modifiers apply too). */
  readonly modifiers?: readonly SupportModifier[];
  /** What is uncertain or left out. */
  readonly note?: string;
}

/**
 * A versioned set of support limits (mức hỗ trợ): a national circular or a province's HĐND resolution,
 * with the dates it is in force. Activities whose limits were not found are absent, never guessed.
 * Rule sets are plain JSON-safe data: write your own province's and pass it to `createRuleSetRegistry`.
 *
 * @category Support rules
 */
export interface RuleSet {
  /** A stable id, e.g. `tt-28-2018`. */
  readonly id: string;
  /** A human-readable name. */
  readonly name: string;
  /** Which state fund it governs. */
  readonly fund: StateFundingSource;
  /** The province id, required for local rule sets (e.g. `dak-lak-2025`). */
  readonly province?: string;
  /** Ids of the legal documents it encodes (see `LEGAL_DOCUMENTS`, or your own ids). */
  readonly legalDocuments: readonly string[];
  /** First day in force. */
  readonly effectiveFrom: IsoDate;
  /** Last day in force, inclusive; absent while in force. */
  readonly effectiveTo?: IsoDate;
  /** How sure we are of the rule set as a whole. */
  readonly confidence: SourceConfidence;
  /** Modifiers that apply to every rule of the set. */
  readonly modifiers?: readonly SupportModifier[];
  /** The rules, at most one per activity and variant. */
  readonly rules: readonly SupportRule[];
  /** What is missing or uncertain. */
  readonly note?: string;
}
