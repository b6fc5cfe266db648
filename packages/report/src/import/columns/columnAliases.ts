import { deepFreeze } from '@khuyencong/internal';
import type { Field } from './Field';

/**
 * The column headers the reader accepts for each field: the English field name first, then the Vietnamese
 * headers provinces use in their Excel sheets (the second is the one a `COLUMN_MISSING` finding asks for).
 * Headers are matched without regard to case, diacritics, spaces or punctuation, and a unit in brackets at
 * the end ("Tổng kinh phí (triệu đồng)") is read as the unit of bare numbers in that column.
 *
 * @category Columns
 * @example
 * ```ts
 * import { COLUMN_ALIASES } from '@khuyencong/report';
 * [COLUMN_ALIASES.totalCost[0], COLUMN_ALIASES.totalCost[1], COLUMN_ALIASES.province.includes('Tỉnh/Thành phố')]
 * //=> ['totalCost', 'Tổng kinh phí', true]
 * ```
 */
export const COLUMN_ALIASES: Readonly<Record<Field, readonly string[]>> =
  /* @__PURE__ */ deepFreeze({
    id: ['id', 'Mã đề án', 'Mã dự án', 'Mã số', 'Mã'],
    title: ['title', 'Tên đề án', 'Tên dự án', 'Tên nhiệm vụ'],
    activity: ['activity', 'Nội dung', 'Nội dung hỗ trợ', 'Nội dung khuyến công', 'Hoạt động'],
    province: ['province', 'Tỉnh/Thành phố', 'provinceId', 'Tỉnh, thành phố', 'Tỉnh', 'Địa phương'],
    district: ['district', 'Quận/Huyện', 'Huyện'],
    commune: ['commune', 'Xã/Phường', 'Xã'],
    communeKind: [
      'communeKind',
      'Loại đơn vị cấp xã',
      'unitKind',
      'Loại xã/phường',
      'Loại đơn vị hành chính',
    ],
    cityGrade: ['cityGrade', 'Loại đô thị', 'Phân loại đô thị'],
    craftVillage: ['craftVillage', 'Làng nghề', 'Tên làng nghề'],
    priorityAreas: ['priorityAreas', 'Địa bàn ưu tiên', 'Vùng ưu tiên'],
    year: ['year', 'Năm', 'Năm thực hiện', 'Năm kế hoạch'],
    fund: ['fund', 'Nguồn kinh phí', 'Nguồn vốn'],
    totalCost: [
      'totalCost',
      'Tổng kinh phí',
      'Tổng kinh phí thực hiện',
      'Tổng vốn đầu tư',
      'Tổng vốn',
    ],
    eligibleCost: ['eligibleCost', 'Chi phí được hỗ trợ', 'Giá trị máy móc thiết bị'],
    support: ['support', 'Kinh phí hỗ trợ', 'Kinh phí khuyến công hỗ trợ', 'Mức hỗ trợ'],
    counterpart: ['counterpart', 'Kinh phí đối ứng', 'Vốn đối ứng'],
    national: [
      'national',
      'Kinh phí khuyến công quốc gia',
      'KPKC quốc gia',
      'Khuyến công quốc gia',
    ],
    local: [
      'local',
      'Kinh phí khuyến công địa phương',
      'KPKC địa phương',
      'Khuyến công địa phương',
    ],
    other: ['other', 'Kinh phí khác', 'Nguồn khác'],
    approvalDate: ['approvalDate', 'Ngày phê duyệt', 'Ngày quyết định'],
    decisionNumber: ['decisionNumber', 'Số quyết định', 'Quyết định phê duyệt'],
    beneficiaryKind: ['beneficiaryKind', 'Loại đối tượng', 'Loại hình', 'Đối tượng thụ hưởng'],
    beneficiary: ['beneficiary', 'Đơn vị thụ hưởng', 'Cơ sở thụ hưởng', 'Tên cơ sở'],
    status: ['status', 'Trạng thái', 'Tình trạng'],
    sector: ['sector', 'Ngành nghề', 'Lĩnh vực'],
    implementingUnit: ['implementingUnit', 'Đơn vị thực hiện', 'Đơn vị chủ trì'],
    noDoubleFundingDeclared: [
      'noDoubleFundingDeclared',
      'Cam kết không trùng lặp',
      'Cam kết không hưởng hỗ trợ khác',
    ],
    scope: ['scope', 'Phạm vi', 'Vùng/Tỉnh', 'Khu vực'],
    period: ['period', 'Kỳ', 'Kỳ báo cáo'],
    planned: ['planned', 'Kế hoạch', 'Kế hoạch năm', 'Kinh phí kế hoạch'],
    achieved: ['achieved', 'Thực hiện', 'Kinh phí thực hiện', 'Kết quả thực hiện'],
    reportedPercent: ['reportedPercent', 'Tỷ lệ đạt', 'Tỷ lệ thực hiện', 'Tỷ lệ báo cáo'],
    projectCount: ['projectCount', 'Số đề án'],
    consultingRevenuePlanned: ['consultingRevenuePlanned', 'Doanh thu tư vấn kế hoạch'],
    consultingRevenue: ['consultingRevenue', 'Doanh thu tư vấn', 'Doanh thu tư vấn thực hiện'],
    consultingReportedPercent: ['consultingReportedPercent', 'Tỷ lệ doanh thu tư vấn'],
    consultingProjectsPlanned: ['consultingProjectsPlanned', 'Số dự án tư vấn kế hoạch'],
    consultingProjects: ['consultingProjects', 'Số dự án tư vấn', 'Số dự án tư vấn thực hiện'],
    ignored: ['STT', 'Số TT', 'TT', 'Số thứ tự', 'Ghi chú', 'note'],
  });
