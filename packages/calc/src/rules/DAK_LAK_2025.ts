import type { LegalReference, SourceConfidence } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import type { RuleSet } from './RuleSet';

const SECONDARY: SourceConfidence = { basis: 'secondary', level: 'medium' };
const RESOLUTION: LegalReference = { document: 'nq-hdnd-dak-lak-2025-khuyen-cong' };

/**
 * Local support limits of Đắk Lắk (merged with Phú Yên, province id `dak-lak-2025`), HĐND resolution in
 * force from 26/07/2025, as reported by secondary sources: startup, demonstration model and
 * cleaner-production pilot. The machinery cap was cut off in the source: machinery is absent (`NO_RULE`).
 * It is the first local example; register your own province's resolution the same way.
 *
 * @category Support rules
 * @example
 * ```ts
 * import { DAK_LAK_2025 } from '@khuyencong/calc';
 * [DAK_LAK_2025.province, DAK_LAK_2025.rules.map((rule) => rule.activity)]
 * //=> ['dak-lak-2025', ['startup', 'demonstration-model', 'cleaner-production-pilot']]
 * ```
 */
export const DAK_LAK_2025: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'dak-lak-2025',
  name: 'Nghị quyết HĐND tỉnh Đắk Lắk 2025 (kinh phí khuyến công địa phương)',
  fund: 'local',
  province: 'dak-lak-2025',
  legalDocuments: ['nq-hdnd-dak-lak-2025-khuyen-cong'],
  effectiveFrom: '2025-07-26',
  confidence: SECONDARY,
  note: 'The resolution number was not found; the machinery cap was cut off in the source.',
  rules: [
    {
      activity: 'startup',
      cap: '10000000',
      capUnit: 'enterprise',
      legalReference: RESOLUTION,
      confidence: SECONDARY,
    },
    {
      activity: 'demonstration-model',
      maxRatePercent: '30',
      cap: '800000000',
      capUnit: 'model',
      legalReference: RESOLUTION,
      confidence: SECONDARY,
    },
    {
      activity: 'cleaner-production-pilot',
      maxRatePercent: '30',
      cap: '400000000',
      capUnit: 'model',
      legalReference: RESOLUTION,
      confidence: SECONDARY,
    },
  ],
});
