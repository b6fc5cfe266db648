import type { DecimalString, LegalReference, SourceConfidence } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';

/**
 * The advance ceiling (mức tạm ứng): an advance on a khuyến công đề án is at most 70% of the support
 * under its contract ("không quá 70% tổng kinh phí khuyến công hỗ trợ trên cơ sở hợp đồng thực hiện",
 * TTLT 26/2014 Điều 8.2.b, read). One public app applies the same 70% under TT 28/2018 (low confidence).
 *
 * @category Support rules
 * @example
 * ```ts
 * import { ADVANCE_CEILING } from '@khuyencong/calc';
 * [ADVANCE_CEILING.percent, ADVANCE_CEILING.legalReference.point]
 * //=> ['70', 'b']
 * ```
 */
export const ADVANCE_CEILING: {
  readonly percent: DecimalString;
  readonly legalReference: LegalReference;
  readonly confidence: SourceConfidence;
} = /* @__PURE__ */ deepFreeze({
  percent: '70',
  legalReference: { document: 'ttlt-26-2014-btc-bct', article: '8', clause: '2', point: 'b' },
  confidence: { basis: 'read', level: 'high' },
});
