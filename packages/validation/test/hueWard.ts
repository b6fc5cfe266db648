/**
 * An eligibility application for a machinery đề án of a household business on a phường of Huế, a centrally-run
 * city: NĐ 235/2025 (in force 15/10/2025) makes such a site ineligible; before it the rule was ambiguous.
 */
export const HUE_WARD = {
  beneficiary: { kind: 'household-business' },
  activity: 'machinery',
  sector: 'cottage-industry',
  location: { provinceId: 'hue', unitKind: 'ward' },
} as const;
