/**
 * The activities (nội dung khuyến công) a đề án can fund, after NĐ 45/2012 Điều 4 and the spending items
 * of TTLT 26/2014 Điều 6.2 and TT 28/2018 Điều 8:
 * `startup` (khởi sự doanh nghiệp), `demonstration-model` (mô hình trình diễn kỹ thuật),
 * `effective-facility-model` (mô hình cơ sở CNNT hoạt động có hiệu quả), `machinery` (ứng dụng máy móc
 * tiên tiến, chuyển giao công nghệ), `cleaner-production-pilot` (mô hình thí điểm sản xuất sạch hơn),
 * `circular-production-model`, `pollution-treatment-facility` / `pollution-treatment-cluster` (xử lý ô nhiễm
 * tại cơ sở / cụm công nghiệp), `cluster-planning` / `cluster-infrastructure` (quy hoạch chi tiết / hạ tầng
 * cụm công nghiệp), `typical-product-voting` / `typical-product-prize` (bình chọn / thưởng sản phẩm CNNT tiêu
 * biểu), `trade-fair-domestic` / `trade-fair-abroad` (hội chợ triển lãm), `study-tour-abroad` (khảo sát học
 * tập), `brand-building` (xây dựng thương hiệu), `consulting` (tư vấn), `training` (đào tạo), `media`
 * (thông tin tuyên truyền), `association` (hiệp hội), `business-linkage-cluster` (cụm liên kết doanh
 * nghiệp), `relocation-interest-subsidy` (hỗ trợ lãi suất di dời), `digital-transformation` (chuyển đổi số,
 * added by NĐ 235/2025).
 *
 * @category Codes
 * @example
 * ```ts
 * import { ACTIVITIES } from '@khuyencong/domain';
 * [ACTIVITIES.length, ACTIVITIES.includes('machinery')]
 * //=> [23, true]
 * ```
 */
export const ACTIVITIES = [
  'startup',
  'demonstration-model',
  'effective-facility-model',
  'machinery',
  'cleaner-production-pilot',
  'circular-production-model',
  'pollution-treatment-facility',
  'pollution-treatment-cluster',
  'cluster-planning',
  'cluster-infrastructure',
  'typical-product-voting',
  'typical-product-prize',
  'trade-fair-domestic',
  'trade-fair-abroad',
  'study-tour-abroad',
  'brand-building',
  'consulting',
  'training',
  'media',
  'association',
  'business-linkage-cluster',
  'relocation-interest-subsidy',
  'digital-transformation',
] as const;

/**
 * One of {@link ACTIVITIES}.
 *
 * @category Codes
 */
export type Activity = (typeof ACTIVITIES)[number];
