import type { LegalReference, SourceConfidence } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import type { RuleSet } from './RuleSet';

const SECONDARY: SourceConfidence = { basis: 'secondary', level: 'high' };
const TT28: LegalReference = { document: 'tt-28-2018-btc' };
const ARTICLE_8 = (clause: string): LegalReference => ({
  document: 'tt-28-2018-btc',
  article: '8',
  clause,
});

/**
 * National support limits of TT 28/2018/TT-BTC (in force from 11/05/2018; amended by TT 64/2024/TT-BTC,
 * whose content was not found). Only the five limits confirmed by secondary sources are encoded: startup,
 * demonstration model (Điều 8 khoản 2), machinery with the technology-line modifier ×1,5 (Điều 8 khoản 4),
 * typical-product voting and industrial-cluster infrastructure. Every other activity was NOT FOUND and is
 * absent (asking for it throws `NO_RULE`); whether the 1,5× priority premium survives is unknown, so this
 * set has no `priority` modifier (asking for it throws `MODIFIER_NOT_AVAILABLE`).
 *
 * @category Support rules
 * @example
 * ```ts
 * import { TT_28_2018 } from '@khuyencong/calc';
 * [TT_28_2018.effectiveFrom, TT_28_2018.rules.length]
 * //=> ['2018-05-11', 6]
 * ```
 */
export const TT_28_2018: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'tt-28-2018',
  name: 'TT 28/2018/TT-BTC (kinh phí khuyến công quốc gia)',
  fund: 'national',
  legalDocuments: ['tt-28-2018-btc', 'tt-64-2024-btc'],
  effectiveFrom: '2018-05-11',
  confidence: SECONDARY,
  note: 'Amended by TT 64/2024/TT-BTC, content unknown: the caps below may have changed since.',
  rules: [
    {
      activity: 'startup',
      cap: '10000000',
      capUnit: 'enterprise',
      legalReference: TT28,
      confidence: SECONDARY,
      note: 'Clause not confirmed (probably Điều 8 khoản 1).',
    },
    {
      activity: 'demonstration-model',
      maxRatePercent: '30',
      cap: '1000000000',
      capUnit: 'model',
      legalReference: ARTICLE_8('2'),
      confidence: SECONDARY,
    },
    {
      activity: 'machinery',
      maxRatePercent: '50',
      cap: '300000000',
      capUnit: 'facility',
      legalReference: ARTICLE_8('4'),
      confidence: SECONDARY,
      modifiers: [
        {
          id: 'technology-line',
          capMultiplier: '1.5',
          legalReference: ARTICLE_8('4'),
          confidence: SECONDARY,
          note: 'A technology line (dây chuyền công nghệ): at most 1.5 × the cap, i.e. 450 triệu đồng per facility.',
        },
      ],
    },
    {
      activity: 'typical-product-voting',
      variant: 'regional',
      cap: '200000000',
      capUnit: 'round',
      legalReference: TT28,
      confidence: SECONDARY,
    },
    {
      activity: 'typical-product-voting',
      variant: 'national',
      cap: '400000000',
      capUnit: 'round',
      legalReference: TT28,
      confidence: SECONDARY,
    },
    {
      activity: 'cluster-infrastructure',
      cap: '6000000000',
      capUnit: 'cluster',
      legalReference: TT28,
      confidence: SECONDARY,
    },
  ],
});
