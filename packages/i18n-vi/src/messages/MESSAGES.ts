import type { ErrorCode, FindingCode } from '@khuyencong/domain';

/**
 * The code of anything `@khuyencong/*` reports: an error code (`ERROR_CODES`) or a finding code
 * (`FINDING_CODES`: calc's consistency checks and validation's rules).
 *
 * @category Messages
 */
export type MessageCode = ErrorCode | FindingCode;

/**
 * Vietnamese message templates for every error and finding code of the packages, typed so that a code without a
 * message is a compile error. Placeholders name a detail and how to format it: `{total:vnd}` (an amount,
 * "5.500.000.000 đồng"), `{sharesSum:percent}` ("99,9%"), `{value:number}`, `{value:date}`, or `{value}` as
 * it is; `{activity:@activity}` gives the Vietnamese label of a code of a domain code list (`labelOf`);
 * `{query|id}` takes the first detail present. Fill them with `formatMessage`.
 *
 * @category Messages
 * @example
 * ```ts
 * import { MESSAGES } from '@khuyencong/i18n-vi';
 * MESSAGES.FRACTIONAL_DONG
 * //=> 'Số tiền phải là số đồng nguyên, không có phần lẻ của đồng: {value}.'
 * ```
 */
export const MESSAGES: Readonly<Record<MessageCode, string>> = {
  // @khuyencong/domain
  INVALID_DATE: 'Ngày không hợp lệ: {value}. Ngày phải là ngày có thật, viết dạng YYYY-MM-DD.',
  UNKNOWN_CODE: 'Mã {value} không có trong danh mục {list}.',
  UNKNOWN_PROVINCE: 'Không tìm thấy tỉnh, thành phố {query|id|value}.',
  UNKNOWN_LEGAL_DOCUMENT: 'Không có văn bản pháp luật {value} trong danh mục văn bản.',
  INVALID_PERIOD: 'Kỳ báo cáo không hợp lệ (loại {kind}, năm {year}).',
  // @khuyencong/i18n-vi
  INVALID_NUMBER: 'Giá trị không phải là số hợp lệ: {value}.',
  AMBIGUOUS_NUMBER:
    'Không xác định được số {value}: theo quy ước Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy phân cách phần thập phân) đây không phải là số, theo quy ước tiếng Anh thì là {otherReading}.',
  INVALID_AMOUNT_TEXT: 'Không đọc được số tiền: {value}.',
  AMBIGUOUS_AMOUNT:
    'Số tiền {value} không rõ nghĩa: cần ghi rõ đơn vị (đồng, nghìn đồng, triệu đồng, tỷ đồng).',
  FRACTIONAL_DONG: 'Số tiền phải là số đồng nguyên, không có phần lẻ của đồng: {value}.',
  INVALID_NUMBER_WORDS: 'Không đọc được số bằng chữ: {value} (từ "{word}").',
  INVALID_OPTION: 'Tùy chọn {option|parameter} không hợp lệ: {value}.',
  // @khuyencong/calc
  INVALID_AMOUNT: 'Số tiền không hợp lệ ({parameter}): {value}.',
  INVALID_DECIMAL: 'Số thập phân không hợp lệ ({parameter}): {value}.',
  INVALID_ROUNDING: 'Cách làm tròn không hợp lệ: {value}.',
  INVALID_ARGUMENT: 'Tham số {parameter} không hợp lệ: {value}.',
  DIVISION_BY_ZERO: 'Không thể chia cho 0 ({parameter}).',
  INVALID_RATIOS: 'Tỷ lệ phân bổ không hợp lệ: {reason}.',
  EMPTY_INPUT: 'Danh sách {parameter} không được để trống.',
  NO_RULE:
    'Không có quy định mức hỗ trợ cho nội dung {activity:@activity} trong bộ quy định {ruleSetId}.',
  VARIANT_REQUIRED:
    'Nội dung {activity:@activity} có nhiều mức hỗ trợ ({variants}): cần chọn một mức.',
  MODIFIER_NOT_AVAILABLE:
    'Mức {variant} không áp dụng cho nội dung {activity:@activity} trong bộ quy định {ruleSetId}.',
  NO_RULE_SET:
    'Không có bộ quy định mức hỗ trợ nào áp dụng cho {fund:@fundingSource} tại {province} vào {date:date}.',
  UNKNOWN_RULE_SET: 'Không có bộ quy định mức hỗ trợ {ruleSetId|value}.',
  INVALID_RULE_SET: 'Bộ quy định mức hỗ trợ {ruleSetId} không hợp lệ: {reason}.',
  INVALID_PERCENT: 'Tỷ lệ phần trăm không hợp lệ ({parameter}): {value}.',
  // @khuyencong/validation
  INVALID_INPUT: 'Dữ liệu không hợp lệ: {value}.',
  INVALID_RULE: 'Quy tắc kiểm tra không hợp lệ: {rule|value}.',
  RULE_FAILED: 'Dữ liệu không đạt quy tắc {rule|value}.',
  // @khuyencong/calc findings
  PARTS_DO_NOT_SUM_TO_TOTAL:
    'Các khoản thành phần ({field:field}) cộng lại được {partsSum:vnd}, không khớp với tổng {total:vnd} (chênh lệch {difference:vnd}).',
  PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED:
    'Các khoản thành phần ({field:field}) cộng lại được {partsSum:vnd}; chỉ khớp với tổng {total:vnd} nếu tổng đã được làm tròn.',
  COUNTS_DO_NOT_SUM_TO_TOTAL:
    'Các số lượng thành phần ({field:field}) cộng lại được {partsSum:number}, không khớp với tổng {total:number}.',
  SHARES_DO_NOT_SUM_TO_100:
    'Các tỷ lệ ({field:field}) cộng lại được {sharesSum:percent}, không phải 100%.',
  SHARES_SUM_OFF_BY_ROUNDING:
    'Các tỷ lệ ({field:field}) cộng lại được {sharesSum:percent}; chênh lệch so với 100% là do làm tròn.',
  REPORTED_PERCENT_INCONSISTENT:
    'Tỷ lệ báo cáo {reportedPercent:percent} không khớp với số liệu ({field:field}): {achieved:vnd} so với kế hoạch {planned:vnd} là {computedPercent:percent}.',
  PLAN_IMPLIED:
    'Kế hoạch ({field:field}) không được nêu; từ {achieved:vnd} đạt {reportedPercent:percent} suy ra kế hoạch khoảng {planEstimate:vnd}.',
  // @khuyencong/validation findings
  INVALID_FIELD: 'Trường dữ liệu không hợp lệ ({issue}).',
  ELIGIBILITY_DATA_MISSING:
    'Thiếu thông tin {field:field} nên chưa kiểm tra được đầy đủ điều kiện được hưởng chính sách khuyến công.',
  LARGE_ENTERPRISE_NOT_ELIGIBLE:
    'Doanh nghiệp lớn chỉ được hỗ trợ cho sản xuất sạch hơn, sản xuất và tiêu dùng bền vững hoặc đầu tư hạ tầng cụm công nghiệp, không cho nội dung {activity:@activity}.',
  BENEFICIARY_KIND_NOT_ELIGIBLE:
    'Đối tượng {kind:@beneficiaryKind} chỉ được hỗ trợ từ ngày {eligibleFrom:date}; ngày xét là {asOf:date}.',
  PROVINCE_NOT_IN_FORCE: 'Không có tỉnh, thành phố {provinceId} vào ngày {asOf:date}.',
  LOCATION_UNIT_NOT_IN_FORCE:
    'Loại đơn vị hành chính {unitKind} không tồn tại vào ngày {asOf:date}.',
  LOCATION_NOT_ELIGIBLE:
    'Địa bàn sản xuất ({unitKind}) không thuộc địa bàn được hưởng chính sách khuyến công theo quy định tại thời điểm xét.',
  LOCATION_DATA_MISSING:
    'Thiếu thông tin để xác định địa bàn có được hưởng chính sách khuyến công hay không: {field:field}.',
  LOCATION_RULE_AMBIGUOUS:
    'Ngày xét {asOf:date} nằm trong giai đoạn {gapFrom:date} - {gapTo:date}: Nghị định 45/2012/NĐ-CP còn nêu địa bàn cấp huyện đã không còn, nên chưa thể kết luận về địa bàn.',
  SECTOR_NOT_ELIGIBLE:
    'Ngành nghề {sector:@sector} chỉ được hỗ trợ từ ngày {eligibleFrom:date}; ngày xét là {asOf:date}.',
  MINING_OUTSIDE_DIFFICULT_AREA:
    'Khai thác, chế biến khoáng sản chỉ được hỗ trợ tại địa bàn có điều kiện kinh tế - xã hội khó khăn hoặc đặc biệt khó khăn.',
  CLAY_BRICK_KILN_EXCLUDED:
    'Không hỗ trợ sản xuất gạch đất sét nung bằng lò thủ công cải tiến hoặc lò vòng ({brickKiln}).',
  PRIORITY_AREA: 'Địa bàn ưu tiên: {area:@priorityAreaKind}.',
  PRIORITY_OWNER: 'Đối tượng ưu tiên: {owner:@priorityOwnerKind}.',
  PRIORITY_TYPICAL_PRODUCT:
    'Được ưu tiên: sản phẩm {productName} có giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu {level:@typicalProductLevel} cấp ngày {issuedOn:date} còn hiệu lực.',
  SUPPORT_EXCEEDS_LIMIT:
    'Kinh phí hỗ trợ {support:vnd} vượt mức tối đa {limit:vnd} (tỷ lệ tối đa {maxRatePercent:percent}, mức trần {capLimit:vnd}) theo bộ quy định {ruleSetId}: vượt {excess:vnd}.',
  SUPPORT_LIMIT_UNKNOWN:
    'Chưa xác định được mức hỗ trợ tối đa cho nội dung {activity:@activity} (nguồn {fund:@fundingSource}): không có quy định mức hỗ trợ nào được mã hóa cho trường hợp này ({reason}).',
  ELIGIBLE_COST_EXCEEDS_TOTAL:
    'Chi phí được hỗ trợ {eligibleCost:vnd} lớn hơn tổng kinh phí {totalCost:vnd}.',
  FUNDING_PARTS_MISMATCH:
    'Các nguồn kinh phí cộng lại được {sum:vnd}, không khớp với tổng kinh phí {totalCost:vnd} (chênh lệch {difference:vnd}).',
  COUNTERPART_NEGATIVE:
    'Kinh phí hỗ trợ {support:vnd} lớn hơn tổng kinh phí {totalCost:vnd}: vốn đối ứng âm ({counterpart:vnd}).',
  COUNTERPART_IMPLIED:
    'Vốn đối ứng không được nêu; tính theo tổng kinh phí trừ kinh phí hỗ trợ là {counterpart:vnd}.',
  STATE_SOURCES_COMBINED:
    'Đề án dùng cả kinh phí khuyến công quốc gia ({national:vnd}) và địa phương ({local:vnd}): mỗi nội dung chi chỉ được một nguồn ngân sách nhà nước hỗ trợ.',
  DOUBLE_FUNDING_DECLARATION_MISSING:
    'Thiếu cam kết nội dung chi chưa được hỗ trợ từ nguồn ngân sách nhà nước khác.',
  ADVANCE_EXCEEDS_LIMIT:
    'Tạm ứng {advance:vnd} vượt mức tối đa {maxAdvance:vnd} (70% kinh phí hỗ trợ {support:vnd}): vượt {excess:vnd}.',
  SETTLEMENT_DUE:
    'Kinh phí khuyến công quốc gia năm {year} phải thanh lý, quyết toán chậm nhất ngày {dueOn:date}.',
  CERTIFICATE_NOT_YET_VALID:
    'Giấy chứng nhận cấp ngày {issuedOn:date} chưa có hiệu lực vào ngày {asOf:date}.',
  CERTIFICATE_EXPIRED:
    'Giấy chứng nhận đã hết hiệu lực từ sau ngày {validUntil:date} (ngày xét {asOf:date}).',
  CERTIFICATE_REVOKED:
    'Giấy chứng nhận đã bị thu hồi ngày {revokedOn:date} (ngày xét {asOf:date}).',
  CERTIFICATE_EXPIRING_SOON:
    'Giấy chứng nhận còn hiệu lực đến hết ngày {validUntil:date} (còn {daysRemaining:number} ngày).',
  LOWER_LEVEL_CERTIFICATE_MISSING:
    'Tham gia bình chọn cấp {level:@typicalProductLevel} cần giấy chứng nhận cấp dưới còn hiệu lực hoặc văn bản xác nhận của cấp dưới.',
  LOWER_LEVEL_ENDORSEMENT_USED:
    'Tham gia bình chọn cấp {level:@typicalProductLevel} theo văn bản xác nhận của cấp dưới.',
};
