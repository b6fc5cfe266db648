// Many varied đề án, made deterministically from a seed (no fast-check shrinking needed: they are compared one
// by one), that pass projectSchema: every activity, both state funds and both together, approval dates or not,
// locations given as of a date or not, plan years 2014-2027, every status, counterpart declared or implied,
// other funding, eligible costs (some above the total), declarations true/false/absent, beneficiaries of every
// kind with sizes, owners and sites of their own, sectors, communes and districts named by kind, craft
// villages, city grades and priority areas; provinces with and without rule sets of their own, before and
// after the 2025 reform. For differential tests of the checks and the builder.
import {
  ACTIVITIES,
  BENEFICIARY_KINDS,
  ENTERPRISE_SIZES,
  type IsoDate,
  PRIORITY_AREA_KINDS,
  PRIORITY_OWNER_KINDS,
  PROJECT_STATUSES,
  type Project,
  SECTORS,
} from '@khuyencong/domain';
import { projectSchema } from '@khuyencong/validation';
import type { SiteDetails } from '../src/model/SiteDetails';

/** A project and the site details its row gave. */
export interface VariedProject {
  readonly project: Project;
  readonly site?: SiteDetails;
}

const PROVINCES_BEFORE = [
  'phu-yen',
  'da-nang',
  'dak-lak',
  'quang-nam',
  'ha-noi',
  'nghe-an',
  'can-tho',
];
const PROVINCES_AFTER = ['dak-lak-2025', 'da-nang-2025', 'can-tho-2025', 'ha-noi', 'nghe-an'];
const COMMUNES = [
  'Xã Hòa Vang',
  'Phường Hải Châu',
  'Thị trấn Củng Sơn',
  'Đặc khu Phú Quốc',
  'Hòa Bắc',
];
const DISTRICTS = [
  'Huyện Sơn Hòa',
  'Thị xã Sông Cầu',
  'Thành phố Tuy Hòa',
  'Quận Hải Châu',
  'Sơn Hòa',
];
const CITY_GRADES = ['special', '1', '2', '3'] as const;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` projects that pass projectSchema (parsed), with site details for some. */
export function variedProjects(count: number, seed = 1): VariedProject[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number): boolean => next() < p;
  const amount = (max: number): bigint => BigInt(Math.floor(next() * max)) * 1000n;
  const date = (from: number, to: number): IsoDate => {
    const day = new Date(
      Date.UTC(from, 0, 1) + Math.floor(next() * (to - from) * 365) * 86_400_000,
    );
    return day.toISOString().slice(0, 10) as IsoDate;
  };
  const made: VariedProject[] = [];
  for (let index = 0; made.length < count; index++) {
    const year = 2014 + Math.floor(next() * 14);
    const approval = chance(0.6) ? date(year - 1, year + 1) : undefined;
    const after = (approval ?? `${year}-01-01`) >= '2025-07-01';
    const fund = chance(0.4) ? 'national' : 'local';
    const total = amount(2_000_000) + 1000n;
    const support = chance(0.1)
      ? total + amount(1000)
      : (total * BigInt(Math.floor(next() * 80))) / 100n;
    const funding: Record<string, string> = { [fund]: `${support}` };
    if (chance(0.05)) funding[fund === 'national' ? 'local' : 'national'] = `${amount(100_000)}`;
    if (chance(0.1)) funding['other'] = `${amount(100_000)}`;
    if (chance(0.6))
      funding['counterpart'] = `${chance(0.8) ? total - support : amount(1_000_000)}`;
    const location: Record<string, unknown> = {
      provinceId: pick(after ? PROVINCES_AFTER : PROVINCES_BEFORE),
    };
    if (chance(0.4)) location['commune'] = pick(COMMUNES);
    if (chance(0.3)) location['district'] = pick(DISTRICTS);
    if (chance(0.2))
      location['communeKind'] = pick(['commune', 'ward', 'township', 'special-zone']);
    if (chance(0.1)) location['craftVillage'] = 'Làng nghề gốm';
    if (chance(0.5)) location['asOf'] = approval ?? date(year, year + 1);
    const beneficiaries = Array.from({ length: Math.floor(next() * next() * 4) }, (_, k) => ({
      name: `Cơ sở ${index}-${k}`,
      kind: pick(BENEFICIARY_KINDS),
      ...(chance(0.3) ? { size: pick(ENTERPRISE_SIZES) } : {}),
      ...(chance(0.2) ? { owners: [pick(PRIORITY_OWNER_KINDS)] } : {}),
      ...(chance(0.1)
        ? { location: { provinceId: location['provinceId'], commune: pick(COMMUNES) } }
        : {}),
    }));
    const candidate = {
      id: `DA-${index % 7 === 6 ? index - 3 : index}`,
      title: `Đề án ${index}`,
      activity: pick(ACTIVITIES),
      fund,
      ...(chance(0.5) ? { sector: pick(SECTORS).code } : {}),
      implementingUnit: 'Trung tâm Khuyến công',
      beneficiaries,
      location,
      year,
      ...(approval === undefined
        ? {}
        : {
            approval: chance(0.5)
              ? { date: approval }
              : { date: approval, decisionNumber: `${index}/QĐ` },
          }),
      status: pick(PROJECT_STATUSES),
      totalCost: `${total}`,
      funding,
      ...(chance(0.3)
        ? { eligibleCost: `${chance(0.1) ? total + 1000n : total - amount(1000)}` }
        : {}),
      ...(chance(0.6) ? { noDoubleFundingDeclared: chance(0.7) } : {}),
    };
    const parsed = projectSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const site: SiteDetails | undefined = chance(0.2)
      ? {
          ...(chance(0.6) ? { cityGrade: pick(CITY_GRADES) } : {}),
          ...(chance(0.6) ? { priorityAreas: [pick(PRIORITY_AREA_KINDS)] } : {}),
        }
      : undefined;
    made.push(site === undefined ? { project: parsed.data } : { project: parsed.data, site });
  }
  return made;
}
