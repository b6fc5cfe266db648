// The Vietnamese words of the project other than messages: the labels of every code, the names of the fields
// findings are about, the units of amounts, and the terms of reports and of the command line. The English module
// (`./en.ts`) has the same keys; the compiler asks for every one.
import type { CodeListName, CodeOf } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import { adminUnitKindNames } from '../_internal/adminUnitKindNames';
import { VND_UNITS, type VndUnit } from '../format/VndUnit';

/**
 * The type of {@link LABELS} and {@link LABELS_EN}: one label for every code of every list of `CODE_LISTS`, so
 * that a code added to the domain without a label in each language is a compile error.
 *
 * @category Labels
 */
export type CodeLabels = { readonly [L in CodeListName]: Readonly<Record<CodeOf<L>, string>> };

/**
 * Vietnamese labels for every code of `@khuyencong/domain`, by list name, in the wording of the legal texts
 * (NĐ 45/2012/NĐ-CP, TT 28/2018/TT-BTC, TT 26/2014/TT-BCT), lower case so that they fit in a sentence.
 *
 * @category Labels
 * @example
 * ```ts
 * import { LABELS } from '@khuyencong/i18n-vi';
 * [LABELS.fundingSource.national, LABELS.activity.machinery, LABELS.typicalProductLevel.regional]
 * //=> ['kinh phí khuyến công quốc gia', 'hỗ trợ ứng dụng máy móc tiên tiến, chuyển giao công nghệ', 'cấp khu vực']
 * ```
 */
export const LABELS: CodeLabels = /* @__PURE__ */ deepFreeze({
  fundingSource: {
    national: 'kinh phí khuyến công quốc gia',
    local: 'kinh phí khuyến công địa phương',
    counterpart: 'vốn đối ứng',
    other: 'nguồn vốn hợp pháp khác',
  },
  activity: {
    startup: 'hỗ trợ khởi sự doanh nghiệp',
    'demonstration-model': 'xây dựng mô hình trình diễn kỹ thuật',
    'effective-facility-model':
      'xây dựng mô hình cơ sở công nghiệp nông thôn hoạt động có hiệu quả',
    machinery: 'hỗ trợ ứng dụng máy móc tiên tiến, chuyển giao công nghệ',
    'cleaner-production-pilot': 'xây dựng mô hình thí điểm áp dụng sản xuất sạch hơn',
    'circular-production-model': 'xây dựng mô hình tổ chức sản xuất theo hướng tuần hoàn',
    'pollution-treatment-facility':
      'hỗ trợ sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở',
    'pollution-treatment-cluster':
      'hỗ trợ xây dựng hệ thống xử lý ô nhiễm môi trường tại cụm công nghiệp',
    'cluster-planning': 'hỗ trợ lập quy hoạch chi tiết cụm công nghiệp',
    'cluster-infrastructure': 'hỗ trợ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp',
    'typical-product-voting': 'tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
    'typical-product-prize': 'thưởng sản phẩm công nghiệp nông thôn tiêu biểu',
    'trade-fair-domestic': 'tổ chức, tham gia hội chợ, triển lãm trong nước',
    'trade-fair-abroad': 'tham gia hội chợ, triển lãm ở nước ngoài',
    'study-tour-abroad': 'tổ chức khảo sát, học tập kinh nghiệm ở nước ngoài',
    'brand-building': 'hỗ trợ xây dựng, đăng ký thương hiệu',
    consulting: 'tư vấn, trợ giúp cơ sở công nghiệp nông thôn',
    training: 'đào tạo, bồi dưỡng nâng cao năng lực',
    media: 'thông tin, tuyên truyền',
    association: 'hỗ trợ thành lập hiệp hội, hội ngành nghề',
    'business-linkage-cluster':
      'hỗ trợ liên doanh, liên kết, hợp tác kinh tế, phát triển cụm liên kết doanh nghiệp',
    'relocation-interest-subsidy': 'hỗ trợ lãi suất vốn vay di dời cơ sở gây ô nhiễm',
    'digital-transformation': 'hỗ trợ chuyển đổi số',
  },
  beneficiaryKind: {
    'small-medium-enterprise': 'doanh nghiệp nhỏ và vừa',
    'large-enterprise': 'doanh nghiệp lớn',
    cooperative: 'hợp tác xã',
    'cooperative-union': 'liên hiệp hợp tác xã',
    'cooperative-group': 'tổ hợp tác',
    'household-business': 'hộ kinh doanh',
    artisan: 'nghệ nhân',
    'service-provider': 'tổ chức, cá nhân tham gia hoạt động dịch vụ khuyến công',
  },
  enterpriseSize: {
    micro: 'doanh nghiệp siêu nhỏ',
    small: 'doanh nghiệp nhỏ',
    medium: 'doanh nghiệp vừa',
    large: 'doanh nghiệp lớn',
  },
  sector: {
    'agro-forestry-aquatic-food-processing':
      'công nghiệp chế biến nông - lâm - thủy sản và chế biến thực phẩm',
    'consumer-export-import-substitution-goods':
      'sản xuất hàng công nghiệp phục vụ tiêu dùng, xuất khẩu, hàng thay thế hàng nhập khẩu',
    'agricultural-chemicals': 'công nghiệp hóa dược phục vụ nông nghiệp, nông thôn',
    'construction-materials': 'sản xuất vật liệu xây dựng',
    'machinery-electronics-supporting-industry':
      'sản xuất sản phẩm, phụ tùng, lắp ráp và sửa chữa máy móc, thiết bị, dụng cụ cơ khí, điện, điện tử - tin học; công nghiệp hỗ trợ',
    'cottage-industry': 'sản xuất sản phẩm thủ công mỹ nghệ, ngành nghề nông thôn',
    'mining-mineral-processing':
      'khai thác, chế biến khoáng sản tại địa bàn có điều kiện kinh tế - xã hội khó khăn',
    'cleaner-production-pollution-treatment':
      'áp dụng sản xuất sạch hơn, xử lý ô nhiễm môi trường tại cụm công nghiệp, cơ sở sản xuất',
    'high-tech-industry': 'công nghiệp công nghệ cao',
    'clean-industry': 'công nghiệp sạch',
    'energy-saving-industry': 'công nghiệp tiết kiệm năng lượng',
    'environmental-industry': 'công nghiệp môi trường',
    'green-energy-industry': 'công nghiệp năng lượng xanh',
  },
  priorityAreaKind: {
    highland: 'vùng cao',
    island: 'hải đảo',
    border: 'biên giới',
    'ethnic-minority-area': 'vùng đồng bào dân tộc thiểu số',
    'poor-district': 'huyện nghèo',
    'new-rural-commune': 'xã xây dựng nông thôn mới',
    'difficult-area': 'địa bàn có điều kiện kinh tế - xã hội khó khăn',
    'especially-difficult-area': 'địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn',
  },
  priorityOwnerKind: {
    'women-owned': 'cơ sở do phụ nữ làm chủ',
    'ethnic-minority-owned': 'cơ sở do người dân tộc thiểu số làm chủ',
  },
  certificateKind: {
    'rural-industrial-typical-product': 'giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu',
    ocop: 'giấy chứng nhận sản phẩm OCOP',
  },
  typicalProductLevel: {
    district: 'cấp huyện',
    commune: 'cấp xã',
    province: 'cấp tỉnh',
    regional: 'cấp khu vực',
    national: 'cấp quốc gia',
  },
  projectStatus: {
    approved: 'đã phê duyệt',
    advanced: 'đã tạm ứng',
    accepted: 'đã nghiệm thu',
    'handed-over': 'đã bàn giao',
    settled: 'đã quyết toán',
    cancelled: 'dừng thực hiện',
  },
  periodKind: {
    year: 'năm',
    'nine-months': '9 tháng',
    'half-year': '6 tháng',
    quarter: 'quý',
    month: 'tháng',
    'multi-year': 'giai đoạn',
  },
  amountQualifier: {
    'more-than': 'hơn',
    'less-than': 'dưới',
    nearly: 'gần',
    about: 'khoảng',
  },
  // The domain keeps each unit kind's Vietnamese name with its validity dates; one source.
  adminUnitKind: /* @__PURE__ */ adminUnitKindNames('nameVi'),
  findingSeverity: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
  },
  legalDocumentKind: {
    law: 'luật',
    resolution: 'nghị quyết',
    decree: 'nghị định',
    decision: 'quyết định',
    circular: 'thông tư',
    'joint-circular': 'thông tư liên tịch',
    'consolidated-text': 'văn bản hợp nhất',
  },
  schemaIssue: {
    invalid_type: 'sai kiểu dữ liệu',
    too_big: 'giá trị quá lớn',
    too_small: 'giá trị quá nhỏ hoặc quá ngắn',
    invalid_format: 'sai định dạng',
    not_multiple_of: 'không phải bội số của giá trị cho phép',
    unrecognized_keys: 'có trường không được phép',
    invalid_union: 'không khớp với dạng nào được phép',
    invalid_key: 'khóa không hợp lệ',
    invalid_element: 'phần tử không hợp lệ',
    invalid_value: 'giá trị không nằm trong danh mục cho phép',
    custom: 'giá trị không hợp lệ',
    INVALID_AMOUNT: 'không phải số tiền đồng nguyên',
    INVALID_CALENDAR_DATE: 'không phải ngày có thật',
    INVALID_SCOPE_ID: 'mã phạm vi không hợp lệ',
    INVALID_PERIOD_INDEX: 'số thứ tự của kỳ không hợp lệ',
    INVALID_PERIOD_END: 'năm kết thúc của kỳ không hợp lệ',
    CERTIFICATE_LEVEL: 'cấp của giấy chứng nhận không hợp lệ',
    CERTIFICATE_STARS: 'số sao của giấy chứng nhận không hợp lệ',
    REVOKED_BEFORE_ISSUE: 'ngày thu hồi trước ngày cấp',
  },
  amountIssueReason: {
    type: 'không phải chuỗi chữ số, bigint hay số nguyên',
    format: 'không viết liền các chữ số',
    exponent: 'viết dạng lũy thừa',
    fraction: 'có phần lẻ của đồng',
    'unsafe-number': 'số quá lớn để ghi dạng số, cần ghi dạng chuỗi chữ số',
    'not-finite': 'không phải số hữu hạn',
    negative: 'số âm',
  },
});

/**
 * Vietnamese names of the fields a finding can be about (its `field` detail: a part of a report, an application
 * or a column of an input table), so that messages read "Thiếu thông tin ngành nghề" rather than "… sector".
 * `formatMessage` uses them for `{field:field}`; {@link FIELD_LABELS_EN} has the English ones, for exactly these
 * fields.
 *
 * @category Labels
 * @example
 * ```ts
 * import { FIELD_LABELS } from '@khuyencong/i18n-vi';
 * [FIELD_LABELS.sector, FIELD_LABELS.totalCost]
 * //=> ['ngành nghề', 'tổng kinh phí']
 * ```
 */
export const FIELD_LABELS = {
  achievedBySource: 'thực hiện theo nguồn kinh phí',
  reportedAttainment: 'tỷ lệ thực hiện kế hoạch',
  'consulting.reportedAttainment': 'tỷ lệ thực hiện doanh thu tư vấn',
  sector: 'ngành nghề',
  'beneficiary.kind': 'loại đối tượng thụ hưởng',
  unitKind: 'loại đơn vị hành chính cấp xã',
  cityGrade: 'loại đô thị',
  convertedFromCommuneOn: 'ngày chuyển từ xã thành phường',
  // The fields of an input table (a column each).
  id: 'mã đề án',
  title: 'tên đề án',
  activity: 'nội dung khuyến công',
  province: 'tỉnh, thành phố',
  district: 'quận, huyện',
  commune: 'xã, phường',
  communeKind: 'loại đơn vị cấp xã',
  craftVillage: 'làng nghề',
  priorityAreas: 'địa bàn ưu tiên',
  year: 'năm',
  fund: 'nguồn kinh phí',
  totalCost: 'tổng kinh phí',
  eligibleCost: 'chi phí được hỗ trợ',
  support: 'kinh phí hỗ trợ',
  counterpart: 'vốn đối ứng',
  national: 'kinh phí khuyến công quốc gia',
  local: 'kinh phí khuyến công địa phương',
  other: 'nguồn vốn khác',
  approvalDate: 'ngày phê duyệt',
  decisionNumber: 'số quyết định',
  beneficiaryKind: 'loại đối tượng thụ hưởng',
  beneficiary: 'đơn vị thụ hưởng',
  status: 'trạng thái',
  implementingUnit: 'đơn vị thực hiện',
  noDoubleFundingDeclared: 'cam kết không trùng lặp nguồn hỗ trợ',
  scope: 'phạm vi',
  period: 'kỳ báo cáo',
  planned: 'kế hoạch',
  achieved: 'thực hiện',
  reportedPercent: 'tỷ lệ đạt',
  projectCount: 'số đề án',
  consultingRevenuePlanned: 'doanh thu tư vấn kế hoạch',
  consultingRevenue: 'doanh thu tư vấn',
  consultingReportedPercent: 'tỷ lệ doanh thu tư vấn',
  consultingProjectsPlanned: 'số dự án tư vấn kế hoạch',
  consultingProjects: 'số dự án tư vấn',
};

/**
 * A field that has a name in words: a key of {@link FIELD_LABELS} (and so of {@link FIELD_LABELS_EN}).
 *
 * @category Labels
 */
export type FieldName = keyof typeof FIELD_LABELS;

/**
 * The Vietnamese label of each {@link VndUnit}, as a table header writes it ("Đơn vị: triệu đồng");
 * {@link VND_UNIT_LABELS_EN} has the English ones.
 *
 * @category Labels
 * @example
 * ```ts
 * import { VND_UNIT_LABELS } from '@khuyencong/i18n-vi';
 * [VND_UNIT_LABELS.trieu, VND_UNIT_LABELS['nghin-ty']]
 * //=> ['triệu đồng', 'nghìn tỷ đồng']
 * ```
 */
export const VND_UNIT_LABELS: Readonly<Record<VndUnit, string>> = /* @__PURE__ */ deepFreeze(
  {
    dong: 'đồng',
    nghin: 'nghìn đồng',
    trieu: 'triệu đồng',
    ty: 'tỷ đồng',
    'nghin-ty': 'nghìn tỷ đồng',
  },
  // VND_UNITS, an `as const` literal, cannot be wrapped in a call: frozen with its labels.
  [VND_UNITS],
);

/**
 * The Vietnamese words of reports and of the command line, by dotted key grouped by where they are used
 * (`report.attainment.title`, `cli.check.verdictErrors`, …). A term with values has the placeholders of
 * messages (`{errors:number}`, `{date:date}`, `{amount:vnd}`, `{qualifier:@amountQualifier}`, …; see
 * `formatMessage`), filled by `formatTerm`; `termOf` gives a term as it is. {@link TERMS_EN} has the English
 * term of every key: adding a term is one line here and one line there, and the compiler asks for the second.
 *
 * @category Labels
 * @example
 * ```ts
 * import { TERMS } from '@khuyencong/i18n-vi';
 * [TERMS['report.attainment.title'], TERMS['cli.check.verdictErrors']]
 * //=> ['Kế hoạch và thực hiện', 'Có {errors:number} lỗi.']
 * ```
 */
export const TERMS = {
  // The command line: `khuyencong --help`.
  'cli.main.title':
    'khuyencong {version}: công cụ dòng lệnh khuyến công (báo cáo, kiểm tra, mức hỗ trợ, số tiền bằng chữ)',
  'cli.main.usage': 'Cách dùng: khuyencong <lệnh> [tùy chọn]',
  'cli.main.commands': 'Lệnh:',
  'cli.main.globalOptions': 'Tùy chọn chung:',
  'cli.main.helpOption': 'hướng dẫn (cũng dùng được sau mỗi lệnh)',
  'cli.main.versionOption': 'in phiên bản',
  'cli.main.langOption': 'ngôn ngữ in ra',
  'cli.main.exitCodes':
    'Mã thoát: 0 thành công, 1 có lỗi khi kiểm tra, 2 dữ liệu vào, tệp hoặc cách dùng sai, 3 lỗi ngoài dự kiến của chương trình.',
  // `khuyencong <command> --help`.
  'cli.help.usage': 'Cách dùng: khuyencong {usage}',
  'cli.help.options': 'Tùy chọn:',
  'cli.help.examples': 'Ví dụ:',
  'cli.help.arguments': 'Đối số:',
  // Options several commands share.
  'cli.option.help': 'in hướng dẫn này',
  'cli.option.lang': 'ngôn ngữ in ra (mặc định vi)',
  'cli.option.out': 'ghi ra tệp thay vì màn hình (ghi trọn vẹn hoặc không ghi gì)',
  'cli.option.asOf':
    'ngày lập báo cáo và ngày áp dụng quy định khi dòng không có ngày (mặc định hôm nay)',
  'cli.option.formatTable': 'dạng in ra (mặc định table)',
  'cli.option.formatText': 'dạng in ra (mặc định text)',
  'cli.option.rules':
    'tệp JSON quy định mức hỗ trợ của tỉnh, kèm văn bản của tỉnh (dùng được nhiều lần)',
  'cli.option.skipInvalid':
    'bỏ qua các dòng sai và vẫn lập số tổng (báo cáo ghi rõ điều này ở đầu)',
  'cli.option.only':
    'chỉ in các phát hiện từ mức này trở lên (errors: chỉ lỗi; warnings: lỗi và cảnh báo)',
  'cli.option.code': 'chỉ in các phát hiện có mã này (dùng được nhiều lần), VD CELL_NOT_AMOUNT',
  'cli.option.stdin': 'dùng - thay cho tên tệp để đọc từ đầu vào chuẩn (CSV hoặc JSON)',
  // The arguments `MISSING_ARGUMENT` names.
  'cli.argument.checkFile': 'tệp cần kiểm tra',
  'cli.argument.amount': 'số tiền',
  'cli.argument.reportFiles': 'tệp CSV hoặc JSON (một hoặc nhiều); không có tệp: bộ dữ liệu mẫu',
  // `khuyencong report`.
  'cli.report.usage':
    'report [FILE|- ...] [--format table|text|json|csv|html] [--out FILE] [--lang vi|en] [--as-of YYYY-MM-DD] [--rules FILE] [--skip-invalid]',
  'cli.report.summary':
    'báo cáo kế hoạch và thực hiện, cơ cấu nguồn vốn, đề án, bất nhất số liệu và mức hỗ trợ',
  'cli.report.description':
    'Đọc danh sách đề án hoặc dòng kế hoạch/báo cáo từ CSV (UTF-8, có hoặc không BOM; dấu , hoặc ;; tiêu đề tiếng Việt như xuất từ Excel hoặc tên trường tiếng Anh) hoặc JSON. Không có tệp: dùng bộ dữ liệu mẫu miền Trung - Tây Nguyên 2023 và 9 tháng 2024.',
  // `khuyencong check`.
  'cli.check.usage':
    'check FILE|- ... [--format table|text|json] [--only errors|warnings] [--code CODE] [--out FILE] [--lang vi|en] [--as-of YYYY-MM-DD] [--rules FILE]',
  'cli.check.summary':
    'chỉ kiểm tra: bất nhất số liệu, mức hỗ trợ, nguồn kinh phí, điều kiện được hỗ trợ; mã thoát 1 khi có lỗi',
  'cli.check.description':
    'Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có phát hiện mức lỗi, 2 dữ liệu vào, tệp hoặc cách dùng sai, 3 lỗi ngoài dự kiến của chương trình.',
  'cli.check.verdictNone': 'Không có lỗi.',
  'cli.check.verdictErrors': 'Có {errors:number} lỗi.',
  // `khuyencong support`.
  'cli.support.usage':
    'support --activity <nội dung> --cost <chi phí> [--fund national|local] [--date YYYY-MM-DD] [--province <tỉnh>] [--rules FILE] [--format text|json]',
  'cli.support.summary':
    'mức hỗ trợ tối đa của một nội dung khuyến công, giới hạn nào quyết định và căn cứ pháp lý',
  'cli.support.optionActivity': 'nội dung (mã hoặc tên, VD machinery, "máy móc")',
  'cli.support.optionCost': 'chi phí được hỗ trợ ("1,36 tỷ", "1360000000")',
  'cli.support.optionRequested': 'số tiền đề nghị hỗ trợ',
  'cli.support.optionFund': 'nguồn kinh phí (mặc định national)',
  'cli.support.optionDate': 'ngày phê duyệt, chọn văn bản áp dụng (mặc định hôm nay)',
  'cli.support.optionProvince': 'tỉnh/thành phố, cho kinh phí địa phương',
  'cli.support.optionVariant': 'mức cụ thể khi nội dung có nhiều mức',
  'cli.support.optionTechnologyLine': 'dây chuyền công nghệ (×1,5 mức trần)',
  'cli.support.bindingCap': 'mức trần {cap:vnd}',
  'cli.support.bindingRate': 'tỷ lệ tối đa {rate:percent} chi phí',
  'cli.support.bindingRequested': 'số tiền đề nghị',
  'cli.support.amount': 'Mức hỗ trợ:        {amount:vnd} ({amount:vndAuto})',
  'cli.support.words': 'Bằng chữ:          {words}',
  'cli.support.binding': 'Giới hạn áp dụng:  {binding}',
  'cli.support.rate': 'Theo tỷ lệ:        {rate:percent} × {cost:vnd} = {rateLimit:vnd}',
  'cli.support.cap': 'Mức trần:          {cap:vnd}',
  'cli.support.noCap': 'Mức trần:          không có',
  'cli.support.basis':
    'Căn cứ:            {citation} (bộ quy định {ruleSetId}; nguồn: {basis}, độ tin cậy {level})',
  // `khuyencong words`.
  'cli.words.usage': 'words <số tiền | amount> [--exact]',
  'cli.words.summary': 'đọc số tiền bằng chữ (dòng "Bằng chữ" của quyết định, chứng từ)',
  'cli.words.description':
    'Số tiền viết bằng số đồng ("73500000000", "73.500.000.000") hoặc có đơn vị ("73,5 tỷ").',
  'cli.words.optionExact': 'thêm "chẵn" ở cuối',
  // `khuyencong parse`.
  'cli.parse.usage': 'parse "<số tiền như trong báo cáo>" [--format text|json]',
  'cli.parse.summary': 'đọc số tiền như báo cáo in ("hơn 9 tỷ đồng") thành số đồng',
  'cli.parse.amount': 'Số tiền:   {amount} ({amount:vnd})',
  'cli.parse.qualifier': 'Ước lượng: {qualifier} ({qualifier:@amountQualifier})',
  'cli.parse.words': 'Bằng chữ:  {words}',
  // What the command line writes on standard error.
  'cli.error.message': 'khuyencong: lỗi: {message}',
  'cli.error.line': 'dòng {line}',
  'cli.error.column': 'cột "{column}"',
  'cli.error.standardOutput': 'đầu ra chuẩn',
  'cli.error.unexpected':
    'lỗi ngoài dự kiến của chương trình; xin báo lỗi này kèm các dòng dưới đây tại https://github.com/khuyencong/khuyencong/issues: {message}',
  'cli.progress.read': '{file}: đã đọc {rows:number} dòng…',
  'cli.progress.done': '{file}: xong, {rows:number} dòng.',
  // A report: its head.
  'report.title': 'Báo cáo khuyến công',
  'report.asOf': 'Ngày lập: {date:date}',
  'report.sources': 'Nguồn dữ liệu: {sources}',
  'report.findingCounts':
    'Bất nhất: {inconsistencies:number} · Phát hiện theo đề án: {errors:number} lỗi, {warnings:number} cảnh báo, {infos:number} thông tin',
  'report.rows':
    'Đã đọc {read:number} dòng: {counted:number} dòng được tính, {rejected:number} dòng bị loại, {totals:number} dòng tổng cộng.',
  'report.skippedInvalid':
    'Lưu ý: đã bỏ qua {rejected:number} dòng sai (--skip-invalid); các số tổng không tính các dòng này.',
  // Words inside a report's cells.
  'report.scope.national': 'toàn quốc',
  'report.region.unknown': 'không xác định',
  'report.fund.total': 'tổng',
  'report.impliedPlan': 'suy ra khoảng {amount:vndAuto}',
  'report.splitFrom.report': 'báo cáo',
  'report.splitFrom.projectList': 'danh sách đề án',
  'report.projectCount': '{count:number} đề án',
  'report.notStated': '(không ghi)',
  // Column headers of a report's tables.
  'report.column.scope': 'Phạm vi',
  'report.column.period': 'Kỳ',
  'report.column.source': 'Nguồn',
  'report.column.annualPlan': 'Kế hoạch năm',
  'report.column.achieved': 'Thực hiện',
  'report.column.attainment': 'Tỷ lệ đạt',
  'report.column.reportedPercent': 'Tỷ lệ báo cáo',
  'report.column.from': 'Theo',
  'report.column.amount': 'Số tiền',
  'report.column.share': 'Tỷ trọng',
  'report.column.region': 'Vùng',
  'report.column.province': 'Tỉnh/Thành phố',
  'report.column.projectCount': 'Số đề án',
  'report.column.totalCost': 'Tổng kinh phí',
  'report.column.national': 'KC quốc gia',
  'report.column.local': 'KC địa phương',
  'report.column.counterpart': 'Đối ứng',
  'report.column.activity': 'Nội dung',
  'report.column.plannedRevenue': 'Doanh thu kế hoạch',
  'report.column.revenue': 'Doanh thu thực hiện',
  'report.column.consultingProjects': 'Số dự án',
  'report.column.projectPercent': 'Tỷ lệ dự án',
  'report.column.severity': 'Mức',
  'report.column.code': 'Mã',
  'report.column.project': 'Đề án',
  'report.column.where': 'Vị trí',
  'report.column.message': 'Nội dung',
  'report.column.legalBasis': 'Căn cứ',
  'report.column.count': 'Số lượng',
  'report.column.input': 'Nguồn dữ liệu',
  'report.column.line': 'Dòng',
  'report.column.column': 'Cột',
  'report.column.path': 'Đường dẫn',
  'report.column.details': 'Chi tiết',
  'report.column.read': 'Đã đọc',
  'report.column.counted': 'Được tính',
  'report.column.rejected': 'Bị loại',
  'report.column.totalsRows': 'Dòng tổng cộng',
  // A report's tables: title, and what an empty one says.
  'report.attainment.title': 'Kế hoạch và thực hiện',
  'report.attainment.empty': 'Không có dòng kế hoạch/báo cáo.',
  'report.funding.title': 'Cơ cấu nguồn kinh phí',
  'report.funding.empty': 'Không có số liệu theo nguồn.',
  'report.regions.title': 'Đề án theo vùng',
  'report.provinces.title': 'Đề án theo tỉnh, thành phố',
  'report.provinces.regionUnknown': 'vùng không xác định',
  'report.activities.title': 'Đề án theo nội dung',
  'report.projects.empty': 'Không có đề án.',
  'report.consulting.title': 'Tư vấn phát triển công nghiệp',
  'report.consulting.empty': 'Không có số liệu tư vấn.',
  'report.inconsistencies.title': 'Bất nhất trong số liệu báo cáo',
  'report.inconsistencies.empty': 'Không phát hiện bất nhất.',
  'report.findings.title': 'Mức hỗ trợ và điều kiện theo đề án',
  'report.findings.empty': 'Không có phát hiện.',
  'report.findings.omitted':
    '… và {omitted:number} phát hiện khác (chỉ in {shown:number} đầu tiên).',
  'report.findings.more': '… và {more:number} phát hiện khác; để xem tất cả: {command}',
  'report.findingsByCode.title': 'Phát hiện theo mã',
  'report.findingTotals':
    'Phát hiện: {total:number} ({errors:number} lỗi, {warnings:number} cảnh báo, {infos:number} thông tin).',
  'report.findings.count': '{count:number} phát hiện',
  'report.findings.moreInJson': '… và {more:number} phát hiện khác; bản JSON liệt kê tất cả.',
  'report.findings.legalBasis': 'Căn cứ: {citation}',
  'report.findings.all': 'Danh sách phát hiện',
  'report.where.column': 'cột "{column}"',
  'report.where.project': 'đề án {id}',
  'report.period.multiYearFrom': 'giai đoạn từ năm {year}',
  // The HTML page.
  'report.html.agency': 'Khuyến công',
  'report.html.agencySubtitle': 'Báo cáo số liệu',
  'report.html.nation': 'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'report.html.motto': 'Độc lập - Tự do - Hạnh phúc',
  'report.html.subtitle': 'Số liệu đến ngày {date:date}',
  'report.html.footer':
    'Lập bằng khuyencong ngày {date:date}. Số tiền tính chính xác đến đồng; tỷ lệ làm tròn 2 chữ số thập phân.',
  'report.html.preparedBy': 'Người lập báo cáo',
  'report.html.splitReport': 'Báo cáo: {scope}, {period}',
  'report.html.splitProjectList': 'Danh sách đề án ({count:number} đề án)',
  'report.card.projects': 'Số đề án',
  'report.card.totalCost': 'Tổng kinh phí đề án',
  'report.card.inconsistencies': 'Bất nhất số liệu',
  'report.card.inconsistencyCount': '{count:number} ({errors:number} lỗi)',
  'report.card.projectFindings': 'Phát hiện theo đề án',
  'report.card.projectFindingCount': '{errors:number} lỗi · {warnings:number} cảnh báo',
  'report.card.findings': 'Phát hiện',
  'report.card.rejectedRows': 'Dòng bị loại',
  // The charts of the HTML page.
  'report.chart.attainment.caption':
    'Hình 1. Kế hoạch năm và kết quả thực hiện, kèm tỷ lệ đạt (tính từ số liệu; "(báo cáo)" khi chỉ có tỷ lệ báo cáo).',
  'report.chart.attainment.label': 'Biểu đồ kế hoạch và thực hiện',
  'report.chart.attainment.plan': 'Kế hoạch',
  'report.chart.attainment.impliedPlan': 'Kế hoạch suy ra',
  'report.chart.attainment.achieved': 'Thực hiện',
  'report.chart.attainment.notReported': 'chưa báo cáo',
  'report.chart.attainment.reportedPercent': '{percent:percent} (báo cáo)',
  'report.chart.attainment.legendPlan': 'Kế hoạch năm',
  'report.chart.attainment.legendImpliedPlan': 'Kế hoạch suy ra từ tỷ lệ',
  'report.chart.attainment.legendAchieved': 'Thực hiện',
  'report.chart.funding.caption': 'Hình 2. Cơ cấu nguồn kinh phí (tỷ trọng trên tổng các nguồn).',
  'report.chart.funding.label': 'Biểu đồ cơ cấu nguồn kinh phí',
  // How a fact of a legal text was established (`SourceConfidence` of `@khuyencong/domain`).
  'legal.basis.read': 'đọc từ văn bản',
  'legal.basis.secondary': 'theo nguồn thứ cấp',
  'legal.basis.inferred': 'suy ra',
  'legal.basis.memory': 'chưa kiểm chứng',
  'legal.level.high': 'cao',
  'legal.level.medium': 'trung bình',
  'legal.level.low': 'thấp',
};

/**
 * A key of {@link TERMS} (and so of {@link TERMS_EN}), e.g. `'report.attainment.title'`.
 *
 * @category Labels
 */
export type TermKey = keyof typeof TERMS;
