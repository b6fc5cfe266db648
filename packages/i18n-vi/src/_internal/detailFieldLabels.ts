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
};
