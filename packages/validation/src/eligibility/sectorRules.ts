import { SECTORS } from '@khuyencong/domain';
import { defineRule } from '../rules/defineRule';
import type { Rule } from '../rules/Rule';
import type { EligibilityApplication } from './EligibilityApplication';

/** @internal The sectors NĐ 235/2025 adds are not on the whitelist before 15/10/2025. */
export const sectorInForceRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'SECTOR_NOT_ELIGIBLE',
    severity: 'error',
    legalReference: { document: 'nd-235-2025' },
    effectiveTo: '2025-10-14',
    check: ({ sector }, { asOf }) => {
      if (sector === undefined) return undefined;
      const definition = SECTORS.find((candidate) => candidate.code === sector);
      return definition !== undefined && definition.effectiveFrom > asOf
        ? { details: { sector, eligibleFrom: definition.effectiveFrom, asOf }, path: ['sector'] }
        : undefined;
    },
  });

/** @internal Mining and mineral processing only in difficult or especially difficult areas. */
export const miningRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'MINING_OUTSIDE_DIFFICULT_AREA',
    severity: 'error',
    legalReference: { document: 'nd-45-2012', article: '5', clause: '1', point: 'e' },
    check: ({ sector, location }) => {
      if (sector !== 'mining-mineral-processing') return undefined;
      const areas = location.priorityAreas ?? [];
      return areas.includes('difficult-area') || areas.includes('especially-difficult-area')
        ? undefined
        : { details: { sector }, path: ['location', 'priorityAreas'] };
    },
  });

/** @internal No clay bricks from Hoffmann (lò vòng) or improved manual kilns (TT 46/2012/TT-BCT Điều 5.1). */
export const brickKilnRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'CLAY_BRICK_KILN_EXCLUDED',
    severity: 'error',
    legalReference: { document: 'tt-46-2012-bct', article: '5', clause: '1' },
    effectiveFrom: '2013-02-10',
    check: ({ brickKiln }) =>
      brickKiln === 'hoffmann' || brickKiln === 'improved-manual'
        ? { details: { brickKiln }, path: ['brickKiln'] }
        : undefined,
  });
