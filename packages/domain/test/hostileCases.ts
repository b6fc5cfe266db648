import type { HostileCase, HostileCases } from '@khuyencong/hostile';
import { isIsoDate, KhuyenCongError } from '../src/index';

const VALUE: HostileCase = { kind: 'value' };

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/**
 * When `isEffectiveOn(item, date)` is rightly `true` for a hostile `item`: a plain object whose own bounds are
 * absent or calendar dates around the date (`{}`, a period with no bounds, is always in force).
 */
function inForce([item, date]: readonly unknown[]): boolean {
  if (!isPlainObject(item) || !isIsoDate(date)) return false;
  const from = Object.hasOwn(item, 'effectiveFrom') ? item['effectiveFrom'] : undefined;
  const to = Object.hasOwn(item, 'effectiveTo') ? item['effectiveTo'] : undefined;
  if (from !== undefined && !(isIsoDate(from) && from <= date)) return false;
  return to === undefined || (isIsoDate(to) && date <= to);
}

/** A case for every runtime export of `@khuyencong/domain`: real ids, dates and codes. */
export const CASES: HostileCases = {
  ACTIVITIES: VALUE,
  ADMIN_UNIT_KINDS: VALUE,
  ADMIN_UNIT_KIND_INFO: VALUE,
  AMOUNT_ISSUE_REASONS: VALUE,
  AMOUNT_QUALIFIERS: VALUE,
  BENEFICIARY_KINDS: VALUE,
  CALC_ERROR_CODES: VALUE,
  CALC_FINDING_CODES: VALUE,
  CERTIFICATE_KINDS: VALUE,
  CLI_ERROR_CODES: VALUE,
  CODE_LISTS: VALUE,
  DOMAIN_ERROR_CODES: VALUE,
  ENTERPRISE_SIZES: VALUE,
  ERROR_CODES: VALUE,
  FINDING_CODES: VALUE,
  FINDING_SEVERITIES: VALUE,
  FUNDING_SOURCES: VALUE,
  I18N_ERROR_CODES: VALUE,
  KhuyenCongError: {
    kind: 'class',
    valid: [
      'INVALID_DATE',
      'Not a calendar date: "2024-02-30".',
      { details: { value: '2024-02-30' }, cause: new RangeError('day 30 of February') },
    ],
  },
  LEGAL_DOCUMENTS: VALUE,
  LEGAL_DOCUMENT_KINDS: VALUE,
  MAX_AMOUNT_DIGITS: VALUE,
  MESSAGE_CODES: VALUE,
  OCOP_STARS: VALUE,
  PERIOD_KINDS: VALUE,
  PRIORITY_AREA_KINDS: VALUE,
  PRIORITY_OWNER_KINDS: VALUE,
  PROJECT_STATUSES: VALUE,
  PROVINCE_MERGERS_2025: VALUE,
  PROVINCE_REFORM_2025: VALUE,
  PROVINCE_UNITS: VALUE,
  REPORTING_REGIONS: VALUE,
  REPORT_ERROR_CODES: VALUE,
  REPORT_FINDING_CODES: VALUE,
  REPORT_FINDING_SEVERITIES: VALUE,
  ROUNDING_MODES: VALUE,
  SCHEMA_ISSUE_CODES: VALUE,
  SECTORS: VALUE,
  SEED_DATASET: VALUE,
  SOURCE_BASES: VALUE,
  STATE_FUNDING_SOURCES: VALUE,
  SUB_PROVINCIAL_EXAMPLES: VALUE,
  TYPICAL_PRODUCT_LEVELS: VALUE,
  UNCHANGED_PROVINCE_IDS_2025: VALUE,
  VALIDATION_ERROR_CODES: VALUE,
  VALIDATION_FINDING_CODES: VALUE,
  adminUnitById: { kind: 'function', valid: ['dak-lak'] },
  adminUnitKindsOn: { kind: 'function', valid: ['2025-07-01'] },
  assertCode: { kind: 'function', valid: ['fundingSource', 'national'] },
  currentProvinces: { kind: 'function', valid: ['Phú Yên', '2025-07-01'] },
  getLegalDocument: { kind: 'function', valid: ['tt-28-2018-btc'] },
  isAdminUnitKind: { kind: 'function', valid: ['province'], predicate: true },
  isCode: { kind: 'function', valid: ['activity', 'machinery'], predicate: true },
  isEffectiveOn: {
    kind: 'function',
    valid: [{ effectiveFrom: '2014-04-08', effectiveTo: '2018-05-10' }, '2018-05-10'],
    predicate: true,
    trueFor: inForce,
  },
  isIsoDate: { kind: 'function', valid: ['2024-02-29'], predicate: true },
  isKhuyenCongError: {
    kind: 'function',
    valid: [new KhuyenCongError('INVALID_DATE', 'bad date'), ['INVALID_DATE']],
    predicate: true,
  },
  isVndAmount: { kind: 'function', valid: ['73500000000'], predicate: true },
  judgementDate: {
    kind: 'function',
    valid: [
      {
        year: 2024,
        approval: { date: '2024-10-01', decisionNumber: '1234/QĐ-UBND' },
        location: { provinceId: 'dak-lak', asOf: '2024-10-01' },
      },
    ],
  },
  normalizeAdminName: { kind: 'function', valid: ['Tỉnh Phú Yên', { stripKind: true }] },
  predecessorsOf: { kind: 'function', valid: ['dak-lak'] },
  provinceByCodeOn: { kind: 'function', valid: ['66', '2024-10-01'] },
  provinceNameOn: { kind: 'function', valid: ['hue', '2024-10-01'] },
  provinceOn: { kind: 'function', valid: ['Đắk Lắk', '2024-10-01'] },
  provincesInRegionOn: { kind: 'function', valid: ['central-highlands', '2024-10-01'] },
  provincesOn: { kind: 'function', valid: ['2024-10-01'] },
  regionOf: { kind: 'function', valid: ['dak-lak', '2024-10-01'] },
  successorsOf: { kind: 'function', valid: ['phu-yen', '2025-07-01'] },
  toIsoDate: {
    kind: 'function',
    valid: [new Date('2025-06-30T18:00:00Z'), { timeZone: 'Asia/Ho_Chi_Minh' }],
  },
};

/** A case for every runtime export of `@khuyencong/domain/communes`: real codes, ids, names and dates. */
export const COMMUNE_CASES: HostileCases = {
  COMMUNE_DATA_SOURCE: VALUE,
  communeByCodeOn: { kind: 'function', valid: ['06970', '2025-07-01'] },
  communeById: { kind: 'function', valid: ['commune-06970-2025'] },
  communePredecessorsOf: { kind: 'function', valid: ['commune-06970-2025'] },
  communeSuccessorsOf: { kind: 'function', valid: ['commune-00166', '2025-07-01'] },
  communesByNameOn: {
    kind: 'function',
    valid: ['Phường 1', 'Hồ Chí Minh', '2025-06-30', { district: 'Quận 4' }],
  },
  communesOn: { kind: 'function', valid: ['2025-07-01', 'Huế'] },
};
