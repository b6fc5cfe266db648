// The `@khuyencong/domain/communes` entry: the commune-level units and their lookups, kept out of the main entry
// so that a consumer who needs only provinces does not bundle 3,321 + 10,035 units.
export type { CommuneDataSource } from './CommuneDataSource';
export type { CommuneLevelKind, CommuneUnit, FormerCommuneName } from './CommuneUnit';
export { communeByCodeOn } from './communeByCodeOn';
export { communeById } from './communeById';
export { communePredecessorsOf } from './communePredecessorsOf';
export { COMMUNE_DATA_SOURCE } from './communeSource';
export { communeSuccessorsOf } from './communeSuccessorsOf';
export { type CommunesByNameOnOptions, communesByNameOn } from './communesByNameOn';
export { communesOn } from './communesOn';
