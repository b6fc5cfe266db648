import type { AssertAssignable } from '../_internal/AssertAssignable';
import type { IsoDate } from '../dates/IsoDate';
import type { LegalReference } from '../legal/LegalReference';

/**
 * A sector (ngành nghề) on the programme's whitelist, with the clause that lists it and the date it was
 * added. Anything not on the list is not eligible.
 *
 * @category Codes
 */
export interface SectorDefinition {
  /** Stable kebab-case code. */
  readonly code: string;
  /** Where the sector is listed. */
  readonly legalReference: LegalReference;
  /** First day the sector is on the list. */
  readonly effectiveFrom: IsoDate;
  /** A condition the text attaches, in English (checked by `@khuyencong/validation`). */
  readonly condition?: string;
}

/**
 * The sector whitelist: NĐ 45/2012 Điều 5.1 (from 05/07/2012) and the groups NĐ 235/2025 adds
 * (from 15/10/2025; its exact wording of Điều 5 was not read, so the added groups follow the secondary
 * sources' list).
 *
 * @category Codes
 * @example
 * ```ts
 * import { SECTORS } from '@khuyencong/domain';
 * const mining = SECTORS.find((sector) => sector.code === 'mining-mineral-processing');
 * [mining?.legalReference.point, mining?.condition]
 * //=> ['e', 'only in areas with difficult or especially difficult socio-economic conditions']
 * ```
 */
export const SECTORS = [
  {
    code: 'agro-forestry-aquatic-food-processing',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'a' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'consumer-export-import-substitution-goods',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'b' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'agricultural-chemicals',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'c' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'construction-materials',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'c' },
    effectiveFrom: '2012-07-05',
    condition:
      'no clay bricks from improved manual kilns or Hoffmann kilns (TT 46/2012 Điều 5.1); unfired materials are the focus',
  },
  {
    code: 'machinery-electronics-supporting-industry',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'd' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'cottage-industry',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'đ' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'mining-mineral-processing',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'e' },
    effectiveFrom: '2012-07-05',
    condition: 'only in areas with difficult or especially difficult socio-economic conditions',
  },
  {
    code: 'cleaner-production-pollution-treatment',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'g' },
    effectiveFrom: '2012-07-05',
  },
  {
    code: 'high-tech-industry',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
  },
  {
    code: 'clean-industry',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
  },
  {
    code: 'energy-saving-industry',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
  },
  {
    code: 'environmental-industry',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
  },
  {
    code: 'green-energy-industry',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
  },
] as const;

// Compile-time check that every entry is a SectorDefinition (a type, so no runtime cost).
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check, used by the compiler only
type SectorsAreDefinitions = AssertAssignable<typeof SECTORS, readonly SectorDefinition[]>;

/**
 * The code of a sector in {@link SECTORS}.
 *
 * @category Codes
 */
export type Sector = (typeof SECTORS)[number]['code'];
