import {
  ADMIN_UNIT_KIND_INFO,
  ADMIN_UNIT_KINDS,
  type AdminUnitKind,
  type CodeListName,
  type CodeOf,
} from '@khuyencong/domain';

/**
 * The type of {@link LABELS}: one Vietnamese label for every code of every list of `CODE_LISTS`, so that a code
 * added to the domain without a label is a compile error.
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
export const LABELS: CodeLabels = {
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
  adminUnitKind: /* @__PURE__ */ adminUnitKindLabels(),
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
};

function adminUnitKindLabels(): Readonly<Record<AdminUnitKind, string>> {
  const entries = ADMIN_UNIT_KINDS.map(
    (kind) => [kind, ADMIN_UNIT_KIND_INFO[kind].nameVi] as const,
  );
  return Object.fromEntries(entries) as Record<AdminUnitKind, string>;
}
