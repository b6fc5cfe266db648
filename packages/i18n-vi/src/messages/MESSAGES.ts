import type { CalcFindingCode, ErrorCode } from '@khuyencong/domain';

/**
 * The code of anything `@khuyencong/*` reports: an error code (`ERROR_CODES`) or a finding code of calc's
 * consistency checks (`CALC_FINDING_CODES`).
 *
 * @category Messages
 */
export type MessageCode = ErrorCode | CalcFindingCode;

/**
 * Vietnamese message templates for every error and finding code of the packages, typed so that a code without a
 * message is a compile error. Placeholders name a detail and how to format it: `{total:vnd}` (an amount,
 * "5.500.000.000 đồng"), `{sharesSum:percent}` ("99,9%"), `{value:number}`, `{value:date}`, or `{value}` as
 * it is; `{query|id}` takes the first detail present. Fill them with `formatMessage`.
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
  NO_RULE: 'Không có quy định mức hỗ trợ cho nội dung {activity} trong bộ quy định {ruleSetId}.',
  VARIANT_REQUIRED: 'Nội dung {activity} có nhiều mức hỗ trợ ({variants}): cần chọn một mức.',
  MODIFIER_NOT_AVAILABLE:
    'Mức {variant} không áp dụng cho nội dung {activity} trong bộ quy định {ruleSetId}.',
  NO_RULE_SET:
    'Không có bộ quy định mức hỗ trợ nào áp dụng cho nguồn kinh phí {fund} tại {province} vào {date:date}.',
  UNKNOWN_RULE_SET: 'Không có bộ quy định mức hỗ trợ {ruleSetId|value}.',
  INVALID_RULE_SET: 'Bộ quy định mức hỗ trợ {ruleSetId} không hợp lệ: {reason}.',
  INVALID_PERCENT: 'Tỷ lệ phần trăm không hợp lệ ({parameter}): {value}.',
  // @khuyencong/validation
  INVALID_INPUT: 'Dữ liệu không hợp lệ: {value}.',
  INVALID_RULE: 'Quy tắc kiểm tra không hợp lệ: {rule|value}.',
  RULE_FAILED: 'Dữ liệu không đạt quy tắc {rule|value}.',
  // @khuyencong/calc findings
  PARTS_DO_NOT_SUM_TO_TOTAL:
    'Các khoản thành phần ({field}) cộng lại được {partsSum:vnd}, không khớp với tổng {total:vnd} (chênh lệch {difference:vnd}).',
  PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED:
    'Các khoản thành phần ({field}) cộng lại được {partsSum:vnd}; chỉ khớp với tổng {total:vnd} nếu tổng đã được làm tròn.',
  COUNTS_DO_NOT_SUM_TO_TOTAL:
    'Các số lượng thành phần ({field}) cộng lại được {partsSum:number}, không khớp với tổng {total:number}.',
  SHARES_DO_NOT_SUM_TO_100:
    'Các tỷ lệ ({field}) cộng lại được {sharesSum:percent}, không phải 100%.',
  SHARES_SUM_OFF_BY_ROUNDING:
    'Các tỷ lệ ({field}) cộng lại được {sharesSum:percent}; chênh lệch so với 100% là do làm tròn.',
  REPORTED_PERCENT_INCONSISTENT:
    'Tỷ lệ báo cáo {reportedPercent:percent} không khớp với số liệu ({field}): {achieved:vnd} so với kế hoạch {planned:vnd} là {computedPercent:percent}.',
  PLAN_IMPLIED:
    'Kế hoạch ({field}) không được nêu; từ {achieved:vnd} đạt {reportedPercent:percent} suy ra kế hoạch khoảng {planEstimate:vnd}.',
};
