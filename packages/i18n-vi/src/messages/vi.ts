import type { MessageCode as CatalogueCode } from '@khuyencong/domain';

/**
 * The code of anything `@khuyencong/*` reports: an error or finding code of the catalogue of
 * `@khuyencong/domain` (its `MESSAGE_CODES`). {@link MESSAGES} and {@link MESSAGES_EN} are typed
 * `Record<MessageCode, string>`: a code added to the catalogue without a text in both languages does not compile.
 *
 * @category Messages
 */
export type MessageCode = CatalogueCode;

/**
 * Vietnamese message templates for every error and finding code of the packages, typed so that a code without a
 * message is a compile error. Placeholders name a detail and how to format it: `{total:vnd}` (an amount,
 * "5.500.000.000 đồng"), `{total:vndAuto}` ("5,5 tỷ đồng"), `{sharesSum:percent}` ("99,9%"), `{value:number}`,
 * `{value:date}`, `{field:field}` (the name of a field, `fieldLabelOf`), or `{value}` as it is;
 * `{activity:@activity}` gives the label of a code of a domain code list (`labelOf`); `{query|id}` takes the
 * first detail present; `{count:plural(row|rows)}` chooses a word by a count (English needs it, Vietnamese does
 * not). Fill them with `formatMessage`.
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
  UNKNOWN_TIME_ZONE:
    'Múi giờ không hợp lệ: {value}. Dùng tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh (giờ Việt Nam, mặc định).',
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
  // @khuyencong/i18n-vi (languages)
  UNSUPPORTED_LANGUAGE: 'Ngôn ngữ "{value}" không được hỗ trợ; dùng một trong: {supported}.',
  // @khuyencong/report
  ROWS_REJECTED:
    'Có {rejected:number} trên {read:number} dòng bị loại vì sai dữ liệu nên không lập số tổng: sửa các dòng đó, hoặc chọn bỏ qua các dòng sai (--skip-invalid).',
  RULE_SET_FILE_NOT_JSON:
    'Tệp quy định mức hỗ trợ {source} không phải JSON hợp lệ: lỗi ở dòng {line}, cột {column}.',
  RULE_SET_FILE_INVALID:
    'Tệp quy định mức hỗ trợ {source} không đúng cấu trúc tại "{path}": {issue:@schemaIssue}[[ (và {issues:number} lỗi khác)]].',
  // @khuyencong/cli
  UNKNOWN_COMMAND: 'Lệnh không rõ "{value}"; các lệnh: {commands} (xem "khuyencong --help").',
  UNKNOWN_FLAG: '{command}: tùy chọn không rõ {flag} (xem "khuyencong {command} --help").',
  MISSING_FLAG_VALUE: '{command}: tùy chọn {flag} cần một giá trị.',
  UNEXPECTED_ARGUMENT:
    '{command}: không nhận đối số "{value}" (xem "khuyencong {command} --help").',
  MISSING_ARGUMENT: '{command}: thiếu {argument} (xem "khuyencong {command} --help").',
  INVALID_CHOICE: '{command}: {flag} phải là một trong {allowed} (nhận "{value}").',
  FILE_NOT_FOUND: 'Không tìm thấy tệp {file}.',
  NOT_A_FILE: '{file} không phải là tệp (có thể là thư mục).',
  FILE_UNREADABLE: 'Không đọc được tệp {file} ({reason}).',
  OUTPUT_FAILED: 'Không ghi được {file} ({reason}).',
  OUTPUT_IS_INPUT: 'Tệp ra {file} cũng là tệp vào; chọn tên khác để không ghi đè dữ liệu.',
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
  // @khuyencong/report findings
  FILE_EMPTY: 'Tệp rỗng: không có dòng tiêu đề.',
  ENCODING_NOT_UTF8:
    'Tệp không phải UTF-8 (có thể là Windows-1258/ANSI): byte không hợp lệ ở dòng {line}. Hãy lưu lại từ Excel bằng "CSV UTF-8 (Comma delimited)".',
  CSV_QUOTE_NOT_CLOSED: 'Dấu ngoặc kép mở ở dòng {line} không được đóng.',
  LINE_TOO_LONG:
    'Dòng {line} dài hơn {limit:number} ký tự mà chưa xuống dòng: tệp có thể không phải CSV.',
  JSON_SYNTAX: 'JSON sai cú pháp ở dòng {line}, cột {column}.',
  JSON_NOT_DATASET:
    'Tệp JSON không phải bộ dữ liệu (cần một đối tượng có plans, reports, projects hoặc một danh sách đề án); nhận được {found}.',
  COLUMN_MISSING: 'Thiếu cột {field:field}: thêm cột "{header}".',
  COLUMN_DUPLICATE: 'Cột "{header}" trùng với cột "{otherHeader}" (cùng là {field:field}).',
  TABLE_KIND_MIXED:
    'Tệp trộn cột của danh sách đề án ("{projectHeader}") với cột của dòng kế hoạch/báo cáo ("{lineHeader}"); hãy tách thành hai tệp.',
  COLUMN_UNKNOWN: 'Cột "{header}" không rõ nên bị bỏ qua[[ (có phải "{suggestion}"?)]].',
  HEADER_TOO_LONG:
    'Tiêu đề cột dài {length:number} ký tự, quá giới hạn {limit:number} ký tự, nên cột bị bỏ qua: "{header}".',
  ROW_TOO_SHORT:
    'Dòng có {cells:number} ô nhưng tiêu đề có {columns:number} cột: thiếu ô, hoặc một ô chứa dấu phân cách mà không đặt trong ngoặc kép.',
  ROW_TOO_LONG: 'Dòng có {cells:number} ô nhưng tiêu đề chỉ có {columns:number} cột.',
  CELL_REQUIRED: 'Ô {field:field} bắt buộc nhưng để trống.',
  CELL_NOT_AMOUNT: '"{value}" không phải số tiền hợp lệ ({field:field}).',
  CELL_AMOUNT_AMBIGUOUS:
    'Số tiền "{value}" không rõ đơn vị ({field:field}): ghi rõ đồng, nghìn đồng, triệu đồng hoặc tỷ đồng, trong ô hoặc trong tiêu đề cột.',
  CELL_AMOUNT_FRACTIONAL: 'Số tiền "{value}" có phần lẻ của đồng ({field:field}).',
  CELL_AMOUNT_NEGATIVE: 'Số tiền "{value}" bị âm ({field:field}).',
  CELL_NOT_YEAR: '"{value}" không phải năm, ví dụ 2024 ({field:field}).',
  CELL_NOT_DATE: '"{value}" không phải ngày dạng ngày/tháng/năm ({field:field}).',
  CELL_NOT_COUNT: '"{value}" không phải số nguyên ({field:field}).',
  CELL_NOT_PERCENT: '"{value}" không phải tỷ lệ phần trăm ({field:field}).',
  CELL_UNKNOWN_CODE:
    '"{value}" không phải mã hoặc tên hợp lệ ({field:field})[[; dùng một trong: {candidates}]].',
  CELL_UNKNOWN_PROVINCE: 'Không có tỉnh, thành phố "{value}" vào ngày {date:date}.',
  CELL_UNKNOWN_SCOPE:
    '"{value}" không phải toàn quốc, một vùng hay một tỉnh, thành phố vào ngày {date:date}.',
  CELL_TOO_LONG:
    'Ô dài {length:number} ký tự, quá giới hạn {limit:number} ký tự, nên dòng không được đọc: "{value}".',
  FUND_MISSING:
    'Không rõ nguồn kinh phí khuyến công (quốc gia hay địa phương): ghi cột "Nguồn kinh phí", hoặc cột kinh phí khuyến công quốc gia hoặc địa phương.',
  FUND_NOT_STATE:
    'Nguồn kinh phí khuyến công phải là quốc gia hoặc địa phương, không phải "{value}".',
  SUPPORT_CONFLICTS_WITH_FUND:
    'Kinh phí hỗ trợ "{support}" khác với cột {fund:@fundingSource} "{stated}".',
  PERCENT_ON_SOURCE_LINE: 'Tỷ lệ đạt chỉ ghi ở dòng tổng (để trống "Nguồn kinh phí").',
  DUPLICATE_PROJECT_ID:
    'Mã đề án {id} đã có ở {firstSource}[[ dòng {firstLine}]]; dòng này không được tính lần nữa.',
  TOTALS_ROW_MATCHES:
    'Dòng "{label}" khớp với tổng của {rows:number} dòng phía trên và không được tính là đề án.',
  TOTALS_ROW_MISMATCH:
    'Dòng "{label}" ghi {field:field} là {stated:vnd}, nhưng {rows:number} dòng phía trên cộng lại được {computed:vnd} (chênh lệch {difference:vnd}).',
  CONFLICTING_FIGURES:
    'Hai dòng ghi hai giá trị khác nhau cho cùng một số liệu ({field:field}); giữ giá trị đầu.',
  SUPPORT_WITHIN_NATIONAL_REFERENCE:
    'Hỗ trợ {support:vnd} không vượt mức quốc gia tham chiếu {limit:vnd} (bộ quy định {ruleSetId}); tỉnh chưa có quy định mức hỗ trợ được mã hóa.',
  SUPPORT_ABOVE_NATIONAL_REFERENCE:
    'Hỗ trợ {support:vnd} vượt mức quốc gia tham chiếu {limit:vnd} (bộ quy định {ruleSetId}); tỉnh chưa có quy định mức hỗ trợ được mã hóa, mức của tỉnh có thể khác.',
  APPROVAL_DATE_MISSING:
    'Đề án không có ngày phê duyệt: các quy định được áp dụng theo ngày {date:date}.',
};

/** What `messageOf` says in Vietnamese when nothing else can be said (kept out of the message table: it has no code). */
export const UNKNOWN_ERROR = 'Lỗi không xác định.';
