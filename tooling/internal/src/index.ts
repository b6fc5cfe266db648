export { createFail, type Fail } from './createFail';
export { type CodedErrorClass, createPackageError, type PackageError } from './createPackageError';
export { describeValue } from './describeValue';
export { detailValue } from './detailValue';
export { divRound } from './divRound';
export { foldDiacritics } from './foldDiacritics';
export { ownValue } from './ownValue';
export type { RoundingMode } from './RoundingMode';
export { type OptionError, readOptions } from './readOptions';
