import type { LegalReference, SourceConfidence } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import type { RuleSet } from './RuleSet';

const READ: SourceConfidence = { basis: 'read', level: 'high' };
const at = (point: string): LegalReference => ({
  document: 'ttlt-26-2014-btc-bct',
  article: '6',
  clause: '2',
  point,
});

/**
 * National support limits of TTLT 26/2014/TTLT-BTC-BCT Điều 6 khoản 2 (in force 08/04/2014 – 10/05/2018),
 * read in full. Every spending item with a rate or a cap is encoded; items priced by contract or tender
 * (media, điểm k) and management overheads (điểm s) are not activities with a limit and are absent.
 * Cleaner-production pilots were referred to TTLT 221/2012 and are absent. The priority premium (điểm t,
 * "không quá 1,5 lần mức hỗ trợ") is the `priority` modifier of every rule, applied to rate and cap.
 *
 * @category Support rules
 * @example
 * ```ts
 * import { TTLT_26_2014 } from '@khuyencong/calc';
 * [TTLT_26_2014.effectiveTo, TTLT_26_2014.rules.find((rule) => rule.activity === 'machinery')?.cap]
 * //=> ['2018-05-10', '200000000']
 * ```
 */
export const TTLT_26_2014: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'ttlt-26-2014',
  name: 'TTLT 26/2014/TTLT-BTC-BCT (kinh phí khuyến công quốc gia)',
  fund: 'national',
  legalDocuments: ['ttlt-26-2014-btc-bct'],
  effectiveFrom: '2014-04-08',
  effectiveTo: '2018-05-10',
  confidence: READ,
  modifiers: [
    {
      id: 'priority',
      capMultiplier: '1.5',
      rateMultiplier: '1.5',
      legalReference: at('t'),
      confidence: READ,
      note: 'At most 1.5 × the support level; applied to both the rate and the cap, the rate never above 100%.',
    },
  ],
  rules: [
    {
      activity: 'startup',
      cap: '10000000',
      capUnit: 'enterprise',
      legalReference: at('a'),
      confidence: READ,
    },
    {
      activity: 'demonstration-model',
      maxRatePercent: '30',
      cap: '500000000',
      capUnit: 'model',
      legalReference: at('b'),
      confidence: READ,
    },
    {
      activity: 'effective-facility-model',
      cap: '100000000',
      capUnit: 'model',
      legalReference: at('b'),
      confidence: READ,
    },
    {
      activity: 'machinery',
      maxRatePercent: '50',
      cap: '200000000',
      capUnit: 'facility',
      legalReference: at('c'),
      confidence: READ,
    },
    {
      activity: 'trade-fair-domestic',
      variant: 'organising',
      maxRatePercent: '100',
      rateBase: 'listed-costs',
      legalReference: at('d'),
      confidence: READ,
      note: 'Booth rent, promotion and organising-board costs, at the tender price.',
    },
    {
      activity: 'trade-fair-domestic',
      variant: 'attending',
      maxRatePercent: '80',
      rateBase: 'booth-rent',
      legalReference: at('d'),
      confidence: READ,
    },
    {
      activity: 'trade-fair-abroad',
      maxRatePercent: '100',
      rateBase: 'listed-costs',
      legalReference: at('đ'),
      confidence: READ,
    },
    {
      activity: 'study-tour-abroad',
      maxRatePercent: '100',
      rateBase: 'air-tickets',
      legalReference: at('e'),
      confidence: READ,
    },
    {
      activity: 'typical-product-voting',
      variant: 'regional',
      cap: '100000000',
      capUnit: 'round',
      legalReference: at('g'),
      confidence: READ,
    },
    {
      activity: 'typical-product-voting',
      variant: 'national',
      cap: '200000000',
      capUnit: 'round',
      legalReference: at('g'),
      confidence: READ,
    },
    {
      activity: 'typical-product-prize',
      variant: 'regional',
      cap: '5000000',
      capUnit: 'product',
      legalReference: at('g'),
      confidence: READ,
    },
    {
      activity: 'typical-product-prize',
      variant: 'national',
      cap: '10000000',
      capUnit: 'product',
      legalReference: at('g'),
      confidence: READ,
    },
    {
      activity: 'brand-building',
      maxRatePercent: '50',
      cap: '35000000',
      capUnit: 'brand',
      legalReference: at('h'),
      confidence: READ,
    },
    {
      activity: 'consulting',
      maxRatePercent: '50',
      cap: '35000000',
      capUnit: 'facility',
      legalReference: at('i'),
      confidence: READ,
    },
    {
      activity: 'association',
      variant: 'regional',
      maxRatePercent: '30',
      cap: '70000000',
      capUnit: 'association',
      legalReference: at('l'),
      confidence: READ,
    },
    {
      activity: 'association',
      variant: 'national',
      maxRatePercent: '30',
      cap: '100000000',
      capUnit: 'association',
      legalReference: at('l'),
      confidence: READ,
    },
    {
      activity: 'business-linkage-cluster',
      maxRatePercent: '50',
      cap: '150000000',
      capUnit: 'linkage-cluster',
      legalReference: at('m'),
      confidence: READ,
    },
    {
      activity: 'relocation-interest-subsidy',
      maxRatePercent: '50',
      rateBase: 'interest',
      cap: '500000000',
      capUnit: 'facility',
      legalReference: at('n'),
      confidence: READ,
      note: 'Interest of the first 2 years, paid after the investment is completed.',
    },
    {
      activity: 'pollution-treatment-facility',
      maxRatePercent: '30',
      cap: '300000000',
      capUnit: 'facility',
      legalReference: at('o'),
      confidence: READ,
    },
    {
      activity: 'pollution-treatment-cluster',
      maxRatePercent: '30',
      cap: '1500000000',
      capUnit: 'cluster',
      legalReference: at('p'),
      confidence: READ,
    },
    {
      activity: 'cluster-planning',
      maxRatePercent: '50',
      cap: '500000000',
      capUnit: 'cluster',
      legalReference: at('q'),
      confidence: READ,
    },
    {
      activity: 'cluster-infrastructure',
      cap: '3000000000',
      capUnit: 'cluster',
      legalReference: at('r'),
      confidence: READ,
    },
  ],
});
