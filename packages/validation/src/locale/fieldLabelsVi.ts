import { deepFreeze } from '@khuyencong/internal';

/**
 * The Vietnamese words {@link viErrorMap} uses for the fields of the models (the last named key of an
 * issue's path); a field without a label is named by its key.
 *
 * @category Error messages
 * @example
 * ```ts
 * import { FIELD_LABELS_VI } from '@khuyencong/validation';
 * [FIELD_LABELS_VI['totalCost'], FIELD_LABELS_VI['counterpart']]
 * //=> ['tổng kinh phí', 'vốn đối ứng']
 * ```
 */
export const FIELD_LABELS_VI: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  id: 'mã',
  title: 'tên đề án',
  activity: 'nội dung khuyến công',
  fund: 'nguồn kinh phí khuyến công',
  sector: 'ngành nghề',
  implementingUnit: 'đơn vị thực hiện',
  beneficiaries: 'đối tượng thụ hưởng',
  beneficiary: 'đối tượng thụ hưởng',
  location: 'địa điểm',
  year: 'năm',
  approval: 'quyết định phê duyệt',
  approvalDate: 'ngày phê duyệt',
  date: 'ngày',
  decisionNumber: 'số quyết định',
  status: 'tình trạng',
  totalCost: 'tổng kinh phí',
  funding: 'cơ cấu nguồn vốn',
  eligibleCost: 'chi phí làm căn cứ hỗ trợ',
  national: 'kinh phí khuyến công quốc gia',
  local: 'kinh phí khuyến công địa phương',
  counterpart: 'vốn đối ứng',
  other: 'nguồn vốn khác',
  noDoubleFundingDeclared: 'cam kết không hỗ trợ trùng',
  provinceId: 'tỉnh, thành phố',
  district: 'huyện',
  commune: 'xã, phường',
  unitKind: 'loại đơn vị hành chính',
  cityGrade: 'loại đô thị',
  craftVillage: 'làng nghề',
  priorityAreas: 'địa bàn ưu tiên',
  owners: 'chủ sở hữu',
  name: 'tên',
  kind: 'loại',
  size: 'quy mô',
  productName: 'tên sản phẩm',
  holder: 'chủ thể',
  issuedOn: 'ngày cấp',
  revokedOn: 'ngày thu hồi',
  level: 'cấp',
  stars: 'số sao',
  amount: 'số tiền',
  percent: 'tỷ lệ',
  planned: 'kinh phí kế hoạch',
  achieved: 'kinh phí thực hiện',
  period: 'kỳ báo cáo',
  scope: 'phạm vi',
  projectCount: 'số đề án',
  ruleSets: 'bộ mức hỗ trợ',
  rules: 'mức hỗ trợ',
  province: 'tỉnh, thành phố',
  legalDocuments: 'văn bản pháp lý',
  legalReference: 'căn cứ pháp lý',
  effectiveFrom: 'ngày có hiệu lực',
  effectiveTo: 'ngày hết hiệu lực',
  maxRatePercent: 'tỷ lệ hỗ trợ tối đa',
  rateBase: 'căn cứ tính tỷ lệ',
  cap: 'mức hỗ trợ tối đa',
  capUnit: 'đơn vị tính mức tối đa',
  modifiers: 'hệ số điều chỉnh',
  capMultiplier: 'hệ số của mức tối đa',
  rateMultiplier: 'hệ số của tỷ lệ',
  confidence: 'độ tin cậy',
  issuer: 'cơ quan ban hành',
  url: 'đường dẫn',
  note: 'ghi chú',
});
