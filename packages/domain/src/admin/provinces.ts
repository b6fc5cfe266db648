import type { IsoDate } from '../dates/IsoDate';
import type { FormerProvinceName, ProvinceLevelKind, ProvinceUnit } from './ProvinceUnit';
import { PROVINCE_MERGERS_2025, UNCHANGED_PROVINCE_IDS_2025 } from './provinceMergers2025';
import { PROVINCE_REFORM_2025 } from './provinceReform2025';

/** [GSO/NSO code, id, name, kind] */
type ProvinceRow = readonly [code: string, id: string, name: string, kind: ProvinceLevelKind];

const P = 'province';
const C = 'centrally-run-city';

/*
 * The 63 provincial units before 2025-07-01, with their GSO 2-digit codes.
 * Codes and names: daohoangson/dvhcvn data/dvhcvn.json (GSO list dated 01/03/2025) and the GSO
 * commune list Xa_2025-01-04.csv stored in sunshine-tech/VietnamProvinces. Huế is listed with its
 * 2025-01-01 name and kind; its earlier name is a FormerProvinceName below.
 */
const BEFORE_2025: readonly ProvinceRow[] = [
  ['01', 'ha-noi', 'Hà Nội', C],
  ['02', 'ha-giang', 'Hà Giang', P],
  ['04', 'cao-bang', 'Cao Bằng', P],
  ['06', 'bac-kan', 'Bắc Kạn', P],
  ['08', 'tuyen-quang', 'Tuyên Quang', P],
  ['10', 'lao-cai', 'Lào Cai', P],
  ['11', 'dien-bien', 'Điện Biên', P],
  ['12', 'lai-chau', 'Lai Châu', P],
  ['14', 'son-la', 'Sơn La', P],
  ['15', 'yen-bai', 'Yên Bái', P],
  ['17', 'hoa-binh', 'Hòa Bình', P],
  ['19', 'thai-nguyen', 'Thái Nguyên', P],
  ['20', 'lang-son', 'Lạng Sơn', P],
  ['22', 'quang-ninh', 'Quảng Ninh', P],
  ['24', 'bac-giang', 'Bắc Giang', P],
  ['25', 'phu-tho', 'Phú Thọ', P],
  ['26', 'vinh-phuc', 'Vĩnh Phúc', P],
  ['27', 'bac-ninh', 'Bắc Ninh', P],
  ['30', 'hai-duong', 'Hải Dương', P],
  ['31', 'hai-phong', 'Hải Phòng', C],
  ['33', 'hung-yen', 'Hưng Yên', P],
  ['34', 'thai-binh', 'Thái Bình', P],
  ['35', 'ha-nam', 'Hà Nam', P],
  ['36', 'nam-dinh', 'Nam Định', P],
  ['37', 'ninh-binh', 'Ninh Bình', P],
  ['38', 'thanh-hoa', 'Thanh Hóa', P],
  ['40', 'nghe-an', 'Nghệ An', P],
  ['42', 'ha-tinh', 'Hà Tĩnh', P],
  ['44', 'quang-binh', 'Quảng Bình', P],
  ['45', 'quang-tri', 'Quảng Trị', P],
  ['46', 'hue', 'Huế', C],
  ['48', 'da-nang', 'Đà Nẵng', C],
  ['49', 'quang-nam', 'Quảng Nam', P],
  ['51', 'quang-ngai', 'Quảng Ngãi', P],
  ['52', 'binh-dinh', 'Bình Định', P],
  ['54', 'phu-yen', 'Phú Yên', P],
  ['56', 'khanh-hoa', 'Khánh Hòa', P],
  ['58', 'ninh-thuan', 'Ninh Thuận', P],
  ['60', 'binh-thuan', 'Bình Thuận', P],
  ['62', 'kon-tum', 'Kon Tum', P],
  ['64', 'gia-lai', 'Gia Lai', P],
  ['66', 'dak-lak', 'Đắk Lắk', P],
  ['67', 'dak-nong', 'Đắk Nông', P],
  ['68', 'lam-dong', 'Lâm Đồng', P],
  ['70', 'binh-phuoc', 'Bình Phước', P],
  ['72', 'tay-ninh', 'Tây Ninh', P],
  ['74', 'binh-duong', 'Bình Dương', P],
  ['75', 'dong-nai', 'Đồng Nai', P],
  ['77', 'ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', P],
  ['79', 'ho-chi-minh', 'Hồ Chí Minh', C],
  ['80', 'long-an', 'Long An', P],
  ['82', 'tien-giang', 'Tiền Giang', P],
  ['83', 'ben-tre', 'Bến Tre', P],
  ['84', 'tra-vinh', 'Trà Vinh', P],
  ['86', 'vinh-long', 'Vĩnh Long', P],
  ['87', 'dong-thap', 'Đồng Tháp', P],
  ['89', 'an-giang', 'An Giang', P],
  ['91', 'kien-giang', 'Kiên Giang', P],
  ['92', 'can-tho', 'Cần Thơ', C],
  ['93', 'hau-giang', 'Hậu Giang', P],
  ['94', 'soc-trang', 'Sóc Trăng', P],
  ['95', 'bac-lieu', 'Bạc Liêu', P],
  ['96', 'ca-mau', 'Cà Mau', P],
];

/*
 * The 23 units formed on 2025-07-01, with their NSO codes (each reuses the code of one component), and
 * their kind today (Đồng Nai: a tỉnh until 2026-04-29, see FORMER_NAMES).
 * Codes and names: the NSO transition table (2025-07) stored in sunshine-tech/VietnamProvinces,
 * e.g. "Tỉnh Đắk Lắk (66)"; cross-checked with its vietnam_provinces/_province_conversion_2025.py.
 */
const FROM_2025: readonly ProvinceRow[] = [
  ['08', 'tuyen-quang-2025', 'Tuyên Quang', P],
  ['15', 'lao-cai-2025', 'Lào Cai', P],
  ['19', 'thai-nguyen-2025', 'Thái Nguyên', P],
  ['24', 'bac-ninh-2025', 'Bắc Ninh', P],
  ['25', 'phu-tho-2025', 'Phú Thọ', P],
  ['31', 'hai-phong-2025', 'Hải Phòng', C],
  ['33', 'hung-yen-2025', 'Hưng Yên', P],
  ['37', 'ninh-binh-2025', 'Ninh Bình', P],
  ['44', 'quang-tri-2025', 'Quảng Trị', P],
  ['48', 'da-nang-2025', 'Đà Nẵng', C],
  ['51', 'quang-ngai-2025', 'Quảng Ngãi', P],
  ['52', 'gia-lai-2025', 'Gia Lai', P],
  ['56', 'khanh-hoa-2025', 'Khánh Hòa', P],
  ['66', 'dak-lak-2025', 'Đắk Lắk', P],
  ['68', 'lam-dong-2025', 'Lâm Đồng', P],
  ['75', 'dong-nai-2025', 'Đồng Nai', C],
  ['79', 'ho-chi-minh-2025', 'Hồ Chí Minh', C],
  ['80', 'tay-ninh-2025', 'Tây Ninh', P],
  ['82', 'dong-thap-2025', 'Đồng Tháp', P],
  ['86', 'vinh-long-2025', 'Vĩnh Long', P],
  ['91', 'an-giang-2025', 'An Giang', P],
  ['92', 'can-tho-2025', 'Cần Thơ', C],
  ['96', 'ca-mau-2025', 'Cà Mau', P],
];

const HCM_ALIASES = ['TP.HCM', 'TPHCM', 'HCM', 'HCMC', 'Ho Chi Minh City'] as const;

/** Other accepted names, by id. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  hue: ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế'],
  'ho-chi-minh': HCM_ALIASES,
  'ho-chi-minh-2025': HCM_ALIASES,
  'bac-kan': ['Bắc Cạn'],
  'ba-ria-vung-tau': ['BR-VT', 'BRVT'],
  'kon-tum': ['Kontum'],
};

/** Earlier names of units that stayed the same unit, by id. */
const FORMER_NAMES: Readonly<Record<string, readonly FormerProvinceName[]>> = {
  // NQ 175/2024/QH15 (adopted 30/11/2024, effective 01/01/2025) made the whole of Thừa Thiên Huế
  // province the centrally-run city of Huế. [source: moitruongngaynay.vn 30/11/2024; cand.com.vn 29/12/2024]
  hue: [
    {
      name: 'Thừa Thiên Huế',
      fullName: 'Tỉnh Thừa Thiên Huế',
      kind: 'province',
      validTo: '2024-12-31',
      legalRef: 'NQ 175/2024/QH15',
    },
  ],
  // NQ 30/2026/QH16 (14/04/2026, effective 30/04/2026) made Đồng Nai a centrally-run city.
  // [source: reference.md §0, SECONDARY medium-high: thanglequoc/vietnamese-provinces-database v3.1.0
  // (provinces row 75 'Thành phố Đồng Nai', unit kind 1), dongnai.gov.vn, Politburo 16-NQ/TW of 21/07/2026]
  'dong-nai-2025': [
    {
      name: 'Đồng Nai',
      fullName: 'Tỉnh Đồng Nai',
      kind: 'province',
      validTo: '2026-04-29',
      legalRef: 'NQ 30/2026/QH16',
    },
  ],
};

function fullNameOf(name: string, kind: ProvinceLevelKind): string {
  return `${kind === 'province' ? 'Tỉnh' : 'Thành phố'} ${name}`;
}

function toUnit(
  [code, id, name, kind]: ProvinceRow,
  dates: { readonly validFrom?: IsoDate; readonly validTo?: IsoDate },
  predecessorIds: readonly string[],
  successorIds: readonly string[],
): ProvinceUnit {
  return Object.freeze({
    id,
    name,
    fullName: fullNameOf(name, kind),
    kind,
    code,
    ...dates,
    predecessorIds: Object.freeze([...predecessorIds]),
    successorIds: Object.freeze([...successorIds]),
    aliases: Object.freeze([...(ALIASES[id] ?? [])]),
    formerNames: Object.freeze([...(FORMER_NAMES[id] ?? [])]),
  });
}

function buildProvinceUnits(): readonly ProvinceUnit[] {
  const successorOf = new Map<string, string>();
  for (const merger of PROVINCE_MERGERS_2025) {
    for (const componentId of merger.componentIds) successorOf.set(componentId, merger.newId);
  }
  const unchanged = new Set(UNCHANGED_PROVINCE_IDS_2025);
  const before = BEFORE_2025.map((row) => {
    const id = row[1];
    if (unchanged.has(id)) return toUnit(row, {}, [], []);
    const successorId = successorOf.get(id);
    if (successorId === undefined)
      throw new Error(`[@khuyencong/domain] No 2025 successor for ${id}.`);
    return toUnit(row, { validTo: PROVINCE_REFORM_2025.lastDayOfOldUnits }, [], [successorId]);
  });
  const after = FROM_2025.map((row) => {
    const merger = PROVINCE_MERGERS_2025.find((candidate) => candidate.newId === row[1]);
    if (merger === undefined) throw new Error(`[@khuyencong/domain] No merger for ${row[1]}.`);
    return toUnit(row, { validFrom: PROVINCE_REFORM_2025.unitsFrom }, merger.componentIds, []);
  });
  return Object.freeze([...before, ...after]);
}

/**
 * Every provincial-level unit this library knows: the 63 that existed before 2025-07-01 (GSO code
 * order; the 11 unchanged ones continue past that date) followed by the 23 formed on 2025-07-01.
 * On any date from 2025-07-01 the valid ones are the 34 current units.
 *
 * Before-reform units have no `validFrom`: changes before the 2025 reform are not modelled, except
 * Huế's change of name and kind on 2025-01-01. Changes of kind are dated ({@link ProvinceUnit.formerNames}):
 * Huế was a tỉnh until 2024-12-31, Đồng Nai until 2026-04-29. A record's `kind` is its kind today (or on its
 * last day); the dated lookups ({@link provincesOn}, {@link provinceOn}, {@link provinceByCodeOn},
 * {@link currentProvinces}, {@link successorsOf}) give each unit with the name and kind of the date asked.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { PROVINCE_UNITS } from '@khuyencong/domain';
 * const phuYen = PROVINCE_UNITS.find((unit) => unit.id === 'phu-yen');
 * [PROVINCE_UNITS.length, phuYen?.code, phuYen?.validTo, phuYen?.successorIds]
 * //=> [86, '54', '2025-06-30', ['dak-lak-2025']]
 * ```
 */
export const PROVINCE_UNITS: readonly ProvinceUnit[] = /* @__PURE__ */ buildProvinceUnits();
