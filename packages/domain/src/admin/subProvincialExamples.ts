import type { IsoDate } from '../dates/IsoDate';
import type { AdminUnitKind } from './AdminUnitKind';
import type { SubProvincialUnit } from './SubProvincialUnit';

/*
 * Facts (names, codes, old → new mapping) come from:
 * - NSO transition table "Bảng chuyển đổi ĐVHC mới - cũ" (2025-07), as stored in
 *   github.com/sunshine-tech/VietnamProvinces dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv
 *   ("Nhập toàn bộ" = merged whole, "Nhập một phần" = merged in part);
 * - github.com/tanthuan031/vnadministrative new_to_old.json (MIT), which agrees on every mapping here;
 * - old codes: GSO commune list Xa_2025-01-04.csv (same repository, dev/seed-data/Pre-2025-07/).
 * Only facts are copied; no code.
 */
const NSO_2025 =
  'NSO transition table 2025-07 (sunshine-tech/VietnamProvinces dev/seed-data/2025-07); tanthuan031/vnadministrative new_to_old.json';
const OLD_END: IsoDate = '2025-06-30';
const NEW_START: IsoDate = '2025-07-01';

const FULL_NAME_PREFIX: Readonly<Partial<Record<AdminUnitKind, string>>> = {
  district: 'Huyện',
  town: 'Thị xã',
  'district-level-city': 'Thành phố',
  'urban-district': 'Quận',
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  'special-zone': 'Đặc khu',
};

interface ExampleInput {
  readonly id: string;
  readonly name: string;
  readonly kind: AdminUnitKind;
  readonly code: string;
  readonly provinceId: string;
  readonly parentId?: string;
  readonly predecessorIds?: readonly string[];
  readonly successorIds?: readonly string[];
  readonly note?: string;
}

function before2025(input: ExampleInput): SubProvincialUnit {
  return unit(input, { validTo: OLD_END });
}

function from2025(input: ExampleInput): SubProvincialUnit {
  return unit(input, { validFrom: NEW_START });
}

function unit(
  { predecessorIds = [], successorIds = [], ...rest }: ExampleInput,
  dates: { readonly validFrom?: IsoDate; readonly validTo?: IsoDate },
): SubProvincialUnit {
  return Object.freeze({
    ...rest,
    fullName: `${FULL_NAME_PREFIX[rest.kind] ?? ''} ${rest.name}`.trim(),
    ...dates,
    predecessorIds: Object.freeze([...predecessorIds]),
    successorIds: Object.freeze([...successorIds]),
    source: NSO_2025,
  });
}

/**
 * A handful of **real** district- and commune-tier units around the seed article's locations, with
 * what they became on 2025-07-01. They are examples for tests and demos, not a national dataset.
 *
 * - Quận Cẩm Lệ (Đà Nẵng; the Hòa Cầm industrial zone is in it) → phường Cẩm Lệ, An Khê, Hòa Xuân.
 * - Xã Cư Né, huyện Krông Búk (Đắk Lắk) → the new xã Krông Búk, which reuses the code 24310 of the
 *   old xã Chư Kbô; an older xã Krông Búk (code 24493, huyện Krông Pắc) went into xã Ea Kly.
 * - Thị xã Sông Cầu (Phú Yên) → five units of the new Đắk Lắk.
 * - Phường 9, Tuy Hòa (Phú Yên) was **split** between phường Tuy Hòa and phường Bình Kiến.
 *
 * `predecessorIds` list only encoded examples; `note` names the other components.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { SUB_PROVINCIAL_EXAMPLES } from '@khuyencong/domain';
 * SUB_PROVINCIAL_EXAMPLES.find((unit) => unit.id === 'cu-ne-commune-dak-lak')?.successorIds
 * //=> ['krong-buk-commune-dak-lak-2025']
 * ```
 */
export const SUB_PROVINCIAL_EXAMPLES: readonly SubProvincialUnit[] = /* @__PURE__ */ Object.freeze([
  // Đà Nẵng: Quận Cẩm Lệ (its 6 wards went wholly into 3 new wards).
  /* @__PURE__ */ before2025({
    id: 'cam-le-district-da-nang',
    name: 'Cẩm Lệ',
    kind: 'urban-district',
    code: '495',
    provinceId: 'da-nang',
    successorIds: [
      'cam-le-ward-da-nang-2025',
      'an-khe-ward-da-nang-2025',
      'hoa-xuan-ward-da-nang-2025',
    ],
    note: 'Wards Khuê Trung, Hòa Thọ Tây, Hòa Thọ Đông → phường Cẩm Lệ; Hòa Phát, Hòa An → phường An Khê; Hòa Xuân → phường Hòa Xuân.',
  }),
  /* @__PURE__ */ from2025({
    id: 'cam-le-ward-da-nang-2025',
    name: 'Cẩm Lệ',
    kind: 'ward',
    code: '20260',
    provinceId: 'da-nang-2025',
    predecessorIds: ['cam-le-district-da-nang'],
    note: 'Formed from phường Khuê Trung, Hòa Thọ Tây and Hòa Thọ Đông (quận Cẩm Lệ).',
  }),
  /* @__PURE__ */ from2025({
    id: 'an-khe-ward-da-nang-2025',
    name: 'An Khê',
    kind: 'ward',
    code: '20305',
    provinceId: 'da-nang-2025',
    predecessorIds: ['cam-le-district-da-nang'],
    note: 'Formed from phường Hòa Phát, Hòa An (quận Cẩm Lệ) and phường An Khê (quận Thanh Khê, not encoded).',
  }),
  /* @__PURE__ */ from2025({
    id: 'hoa-xuan-ward-da-nang-2025',
    name: 'Hòa Xuân',
    kind: 'ward',
    code: '20314',
    provinceId: 'da-nang-2025',
    predecessorIds: ['cam-le-district-da-nang'],
    note: 'Formed from phường Hòa Xuân (quận Cẩm Lệ) and xã Hòa Châu, Hòa Phước (huyện Hòa Vang, not encoded).',
  }),

  // Đắk Lắk: huyện Krông Búk (its 7 communes went wholly into 3 new communes).
  /* @__PURE__ */ before2025({
    id: 'krong-buk-district-dak-lak',
    name: 'Krông Búk',
    kind: 'district',
    code: '649',
    provinceId: 'dak-lak',
    successorIds: [
      'krong-buk-commune-dak-lak-2025',
      'cu-pong-commune-dak-lak-2025',
      'pong-drang-commune-dak-lak-2025',
    ],
  }),
  /* @__PURE__ */ before2025({
    id: 'cu-ne-commune-dak-lak',
    name: 'Cư Né',
    kind: 'commune',
    code: '24307',
    provinceId: 'dak-lak',
    parentId: 'krong-buk-district-dak-lak',
    successorIds: ['krong-buk-commune-dak-lak-2025'],
  }),
  /* @__PURE__ */ before2025({
    id: 'chu-kbo-commune-dak-lak',
    name: 'Chư Kbô',
    kind: 'commune',
    code: '24310',
    provinceId: 'dak-lak',
    parentId: 'krong-buk-district-dak-lak',
    successorIds: ['krong-buk-commune-dak-lak-2025'],
    note: 'Its code 24310 is reused by the new xã Krông Búk.',
  }),
  /* @__PURE__ */ before2025({
    id: 'pong-drang-township-dak-lak',
    name: 'Pơng Drang',
    kind: 'township',
    code: '24316',
    provinceId: 'dak-lak',
    parentId: 'krong-buk-district-dak-lak',
    successorIds: ['pong-drang-commune-dak-lak-2025'],
    note: 'Thị trấn were abolished on 2025-07-01; it became part of a xã.',
  }),
  /* @__PURE__ */ before2025({
    id: 'krong-buk-commune-krong-pac-dak-lak',
    name: 'Krông Búk',
    kind: 'commune',
    code: '24493',
    provinceId: 'dak-lak',
    successorIds: ['ea-kly-commune-dak-lak-2025'],
    note: 'In huyện Krông Pắc (not encoded). Same name as, but a different unit from, the xã Krông Búk formed on 2025-07-01.',
  }),
  /* @__PURE__ */ from2025({
    id: 'krong-buk-commune-dak-lak-2025',
    name: 'Krông Búk',
    kind: 'commune',
    code: '24310',
    provinceId: 'dak-lak-2025',
    predecessorIds: [
      'krong-buk-district-dak-lak',
      'cu-ne-commune-dak-lak',
      'chu-kbo-commune-dak-lak',
    ],
    note: 'Formed from xã Cư Né and xã Chư Kbô (huyện Krông Búk).',
  }),
  /* @__PURE__ */ from2025({
    id: 'cu-pong-commune-dak-lak-2025',
    name: 'Cư Pơng',
    kind: 'commune',
    code: '24313',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['krong-buk-district-dak-lak'],
    note: 'Formed from xã Cư Pơng and xã Ea Sin (huyện Krông Búk).',
  }),
  /* @__PURE__ */ from2025({
    id: 'pong-drang-commune-dak-lak-2025',
    name: 'Pơng Drang',
    kind: 'commune',
    code: '24316',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['krong-buk-district-dak-lak', 'pong-drang-township-dak-lak'],
    note: 'Formed from thị trấn Pơng Drang, xã Tân Lập and xã Ea Ngai (huyện Krông Búk).',
  }),
  /* @__PURE__ */ from2025({
    id: 'ea-kly-commune-dak-lak-2025',
    name: 'Ea Kly',
    kind: 'commune',
    code: '24496',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['krong-buk-commune-krong-pac-dak-lak'],
    note: 'Formed from xã Ea Kly and xã Krông Búk (huyện Krông Pắc).',
  }),

  // Phú Yên: thị xã Sông Cầu (its 13 communes and wards went wholly into 5 new units of Đắk Lắk).
  /* @__PURE__ */ before2025({
    id: 'song-cau-town-phu-yen',
    name: 'Sông Cầu',
    kind: 'town',
    code: '557',
    provinceId: 'phu-yen',
    successorIds: [
      'song-cau-ward-dak-lak-2025',
      'xuan-dai-ward-dak-lak-2025',
      'xuan-loc-commune-dak-lak-2025',
      'xuan-canh-commune-dak-lak-2025',
      'xuan-tho-commune-dak-lak-2025',
    ],
  }),
  /* @__PURE__ */ from2025({
    id: 'song-cau-ward-dak-lak-2025',
    name: 'Sông Cầu',
    kind: 'ward',
    code: '22051',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['song-cau-town-phu-yen'],
    note: 'Formed from phường Xuân Phú, Xuân Yên and xã Xuân Thịnh, Xuân Phương.',
  }),
  /* @__PURE__ */ from2025({
    id: 'xuan-dai-ward-dak-lak-2025',
    name: 'Xuân Đài',
    kind: 'ward',
    code: '22076',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['song-cau-town-phu-yen'],
    note: 'Formed from phường Xuân Đài and Xuân Thành.',
  }),
  /* @__PURE__ */ from2025({
    id: 'xuan-loc-commune-dak-lak-2025',
    name: 'Xuân Lộc',
    kind: 'commune',
    code: '22057',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['song-cau-town-phu-yen'],
    note: 'Formed from xã Xuân Lộc and Xuân Hải.',
  }),
  /* @__PURE__ */ from2025({
    id: 'xuan-canh-commune-dak-lak-2025',
    name: 'Xuân Cảnh',
    kind: 'commune',
    code: '22060',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['song-cau-town-phu-yen'],
    note: 'Formed from xã Xuân Cảnh and Xuân Bình.',
  }),
  /* @__PURE__ */ from2025({
    id: 'xuan-tho-commune-dak-lak-2025',
    name: 'Xuân Thọ',
    kind: 'commune',
    code: '22075',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['song-cau-town-phu-yen'],
    note: 'Formed from xã Xuân Thọ 1, Xuân Thọ 2 and Xuân Lâm.',
  }),

  // Phú Yên: phường 9 of thành phố Tuy Hòa, split between two new wards ("Nhập một phần").
  /* @__PURE__ */ before2025({
    id: 'ward-9-tuy-hoa-phu-yen',
    name: '9',
    kind: 'ward',
    code: '22024',
    provinceId: 'phu-yen',
    successorIds: ['tuy-hoa-ward-dak-lak-2025', 'binh-kien-ward-dak-lak-2025'],
    note: 'In thành phố Tuy Hòa (not encoded). Split: part went to phường Tuy Hòa, part to phường Bình Kiến.',
  }),
  /* @__PURE__ */ from2025({
    id: 'tuy-hoa-ward-dak-lak-2025',
    name: 'Tuy Hòa',
    kind: 'ward',
    code: '22015',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['ward-9-tuy-hoa-phu-yen'],
    note: 'Formed from phường 1, 2, 4, 5, 7 and parts of phường 9 and xã Hòa Trị, Hòa An.',
  }),
  /* @__PURE__ */ from2025({
    id: 'binh-kien-ward-dak-lak-2025',
    name: 'Bình Kiến',
    kind: 'ward',
    code: '22045',
    provinceId: 'dak-lak-2025',
    predecessorIds: ['ward-9-tuy-hoa-phu-yen'],
    note: 'Formed from xã Bình Kiến, Hòa Kiến, An Phú and part of phường 9.',
  }),
]);
