import { adminUnitKindsOn, type IsoDate } from '@khuyencong/domain';
import { dateParts, isoDateOf } from '../_internal/days';
import { provinceKindOn } from '../_internal/provinceKindOn';
import { defineRule } from '../rules/defineRule';
import type { Rule, RuleReport } from '../rules/Rule';
import type { EligibilityApplication, EligibilitySite } from './EligibilityApplication';
import { needsLocationTest } from './eligibilityScope';

const ND45_ARTICLE_1 = { document: 'nd-45-2012', article: '1', clause: '2', point: 'a' } as const;
const ND235_ARTICLE_1 = { document: 'nd-235-2025', article: '1', clause: '1' } as const;
const LOCATION = ['location'] as const;

/** @internal The province must exist (with that id) on the "as of" date. */
export const provinceInForceRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'PROVINCE_NOT_IN_FORCE',
    severity: 'error',
    legalReference: ND45_ARTICLE_1,
    description: 'The province id must name a provincial unit that existed on the date.',
    check: ({ location }, { asOf }) =>
      provinceKindOn(location.provinceId, asOf) === undefined
        ? { details: { provinceId: location.provinceId, asOf }, path: [...LOCATION, 'provinceId'] }
        : undefined,
  });

/** @internal The unit kind must exist on the date (no thị trấn after 30/06/2025, no đặc khu before 01/07/2025). */
export const unitKindInForceRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_UNIT_NOT_IN_FORCE',
    severity: 'error',
    legalReference: ND45_ARTICLE_1,
    description: 'The kind of administrative unit must exist on the date.',
    check: ({ location }, { asOf }) =>
      location.unitKind === undefined || adminUnitKindsOn(asOf).includes(location.unitKind)
        ? undefined
        : { details: { unitKind: location.unitKind, asOf }, path: [...LOCATION, 'unitKind'] },
  });

/** How a site fares under NĐ 45/2012 Điều 1.2.a as first written (before 01/07/2025). */
function before2025(site: EligibilitySite, asOf: IsoDate): RuleReport | 'missing' | undefined {
  switch (site.unitKind) {
    case 'district':
    case 'town':
    case 'township':
    case 'commune':
      return undefined;
    case 'ward':
      break;
    case 'district-level-city':
    case 'urban-district':
    case undefined:
      return 'missing';
    default:
      return undefined; // a đặc khu did not exist yet: LOCATION_UNIT_NOT_IN_FORCE reports it
  }
  if (site.districtKind === 'town' || site.cityGrade === '2' || site.cityGrade === '3')
    return undefined;
  if (site.cityGrade === undefined) return 'missing';
  const converted = site.convertedFromCommuneOn;
  if (site.cityGrade === '1' && converted !== undefined && converted <= asOf) {
    const [year, month, day] = dateParts(converted);
    if (asOf <= isoDateOf(year + 5, month, day)) return undefined;
  }
  return {
    details: {
      unitKind: site.unitKind,
      cityGrade: site.cityGrade,
      convertedFromCommuneOn: converted ?? null,
    },
    path: [...LOCATION],
  };
}

/**
 * @internal Before 01/07/2025: huyện, thị xã, thị trấn, xã; phường of grade-2 and grade-3 cities; phường of
 * grade-1 cities converted from a xã at most 5 years before.
 */
export const location2012Rule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_NOT_ELIGIBLE',
    id: 'LOCATION_NOT_ELIGIBLE/nd-45-2012',
    severity: 'error',
    legalReference: ND45_ARTICLE_1,
    effectiveTo: '2025-06-30',
    check: (application, { asOf }) => {
      if (!needsLocationTest(application)) return undefined;
      const outcome = before2025(application.location, asOf);
      return outcome === 'missing' ? undefined : outcome;
    },
  });

/** @internal Before 01/07/2025, a site whose eligibility cannot be told from the data given. */
export const locationData2012Rule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_DATA_MISSING',
    severity: 'warning',
    legalReference: ND45_ARTICLE_1,
    effectiveTo: '2025-06-30',
    check: (application, { asOf }) => {
      if (!needsLocationTest(application) || before2025(application.location, asOf) !== 'missing') {
        return undefined;
      }
      const { unitKind } = application.location;
      const field = unitKind === 'ward' ? 'cityGrade' : 'unitKind';
      return {
        details: { field, unitKind: unitKind ?? null },
        path: [...LOCATION, field],
      };
    },
  });

/**
 * @internal 01/07/2025-14/10/2025: districts no longer existed but NĐ 45/2012 still named them; the location
 * test is reported as ambiguous, not guessed.
 */
export const locationGapRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_RULE_AMBIGUOUS',
    severity: 'warning',
    legalReference: ND45_ARTICLE_1,
    effectiveFrom: '2025-07-01',
    effectiveTo: '2025-10-14',
    check: (application, { asOf }) =>
      needsLocationTest(application)
        ? { details: { asOf, gapFrom: '2025-07-01', gapTo: '2025-10-14' }, path: [...LOCATION] }
        : undefined,
  });

/**
 * How a site fares under NĐ 235/2025 (from 15/10/2025): xã, phường, đặc khu of a tỉnh; xã and đặc khu (not
 * phường) of a centrally-run city; any site in a recognised làng nghề. `'missing'` for a site of a
 * centrally-run city whose unit kind is not given.
 */
function from2025(
  application: EligibilityApplication,
  asOf: IsoDate,
): RuleReport | 'missing' | undefined {
  const { location } = application;
  if (!needsLocationTest(application) || location.craftVillage !== undefined) return undefined;
  if (location.unitKind !== undefined && location.unitKind !== 'ward') return undefined;
  if (provinceKindOn(location.provinceId, asOf) !== 'centrally-run-city') return undefined;
  if (location.unitKind === undefined) return 'missing';
  return {
    details: {
      unitKind: 'ward',
      provinceId: location.provinceId,
      provinceKind: 'centrally-run-city',
    },
    path: [...LOCATION, 'unitKind'],
  };
}

/** @internal From 15/10/2025 (NĐ 235/2025): a phường of a centrally-run city, outside a làng nghề. */
export const location2025Rule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_NOT_ELIGIBLE',
    id: 'LOCATION_NOT_ELIGIBLE/nd-235-2025',
    severity: 'error',
    legalReference: ND235_ARTICLE_1,
    effectiveFrom: '2025-10-15',
    check: (application, { asOf }) => {
      const outcome = from2025(application, asOf);
      return outcome === 'missing' ? undefined : outcome;
    },
  });

/**
 * @internal From 15/10/2025, a site in a centrally-run city whose unit kind is not given: a phường there is
 * not eligible, a xã or đặc khu is, so the data cannot decide (in a tỉnh every commune-tier unit qualifies).
 */
export const locationData2025Rule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LOCATION_DATA_MISSING',
    id: 'LOCATION_DATA_MISSING/nd-235-2025',
    severity: 'warning',
    legalReference: ND235_ARTICLE_1,
    effectiveFrom: '2025-10-15',
    check: (application, { asOf }) =>
      from2025(application, asOf) === 'missing'
        ? { details: { field: 'unitKind', unitKind: null }, path: [...LOCATION, 'unitKind'] }
        : undefined,
  });
