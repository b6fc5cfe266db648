/**
 * Vietnamese and English words for the `field` detail of findings (the part of a report or application a
 * finding is about), so that messages read "Thiếu thông tin ngành nghề" rather than "… sector". A field not
 * listed here is shown as it is.
 *
 * @internal
 */
export const DETAIL_FIELD_LABELS: Readonly<
  Record<string, { readonly vi: string; readonly en: string }>
> = {
  achievedBySource: { vi: 'thực hiện theo nguồn kinh phí', en: 'achieved by funding source' },
  reportedAttainment: { vi: 'tỷ lệ thực hiện kế hoạch', en: 'plan attainment' },
  'consulting.reportedAttainment': {
    vi: 'tỷ lệ thực hiện doanh thu tư vấn',
    en: 'consulting revenue attainment',
  },
  sector: { vi: 'ngành nghề', en: 'sector' },
  'beneficiary.kind': { vi: 'loại đối tượng thụ hưởng', en: 'kind of beneficiary' },
  unitKind: { vi: 'loại đơn vị hành chính cấp xã', en: 'kind of commune-level unit' },
  cityGrade: { vi: 'loại đô thị', en: 'city grade' },
  convertedFromCommuneOn: {
    vi: 'ngày chuyển từ xã thành phường',
    en: 'date the ward was converted from a commune',
  },
  // The fields of an input table (a column each).
  id: { vi: 'mã đề án', en: 'project id' },
  title: { vi: 'tên đề án', en: 'project title' },
  activity: { vi: 'nội dung khuyến công', en: 'activity' },
  province: { vi: 'tỉnh, thành phố', en: 'province' },
  district: { vi: 'quận, huyện', en: 'district' },
  commune: { vi: 'xã, phường', en: 'commune' },
  communeKind: { vi: 'loại đơn vị cấp xã', en: 'kind of commune-level unit' },
  craftVillage: { vi: 'làng nghề', en: 'craft village' },
  priorityAreas: { vi: 'địa bàn ưu tiên', en: 'priority areas' },
  year: { vi: 'năm', en: 'year' },
  fund: { vi: 'nguồn kinh phí', en: 'fund' },
  totalCost: { vi: 'tổng kinh phí', en: 'total cost' },
  eligibleCost: { vi: 'chi phí được hỗ trợ', en: 'eligible cost' },
  support: { vi: 'kinh phí hỗ trợ', en: 'support' },
  counterpart: { vi: 'vốn đối ứng', en: 'counterpart funds' },
  national: { vi: 'kinh phí khuyến công quốc gia', en: 'national fund' },
  local: { vi: 'kinh phí khuyến công địa phương', en: 'local fund' },
  other: { vi: 'nguồn vốn khác', en: 'other sources' },
  approvalDate: { vi: 'ngày phê duyệt', en: 'approval date' },
  decisionNumber: { vi: 'số quyết định', en: 'decision number' },
  beneficiaryKind: { vi: 'loại đối tượng thụ hưởng', en: 'kind of beneficiary' },
  beneficiary: { vi: 'đơn vị thụ hưởng', en: 'beneficiary' },
  status: { vi: 'trạng thái', en: 'status' },
  implementingUnit: { vi: 'đơn vị thực hiện', en: 'implementing unit' },
  noDoubleFundingDeclared: {
    vi: 'cam kết không trùng lặp nguồn hỗ trợ',
    en: 'no-double-funding declaration',
  },
  scope: { vi: 'phạm vi', en: 'scope' },
  period: { vi: 'kỳ báo cáo', en: 'reporting period' },
  planned: { vi: 'kế hoạch', en: 'plan' },
  achieved: { vi: 'thực hiện', en: 'achieved' },
  reportedPercent: { vi: 'tỷ lệ đạt', en: 'attainment percent' },
  projectCount: { vi: 'số đề án', en: 'number of projects' },
  consultingRevenuePlanned: { vi: 'doanh thu tư vấn kế hoạch', en: 'planned consulting revenue' },
  consultingRevenue: { vi: 'doanh thu tư vấn', en: 'consulting revenue' },
  consultingReportedPercent: {
    vi: 'tỷ lệ doanh thu tư vấn',
    en: 'consulting revenue percent',
  },
  consultingProjectsPlanned: {
    vi: 'số dự án tư vấn kế hoạch',
    en: 'planned consulting projects',
  },
  consultingProjects: { vi: 'số dự án tư vấn', en: 'consulting projects' },
};
