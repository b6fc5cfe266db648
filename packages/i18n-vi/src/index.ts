// @khuyencong/i18n-vi: the one public entry point. Explicit named exports only.

export { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
export type { FormatNumberOptions } from './format/FormatNumberOptions';
export { type FormatDateOptions, formatDate } from './format/formatDate';
export { formatNumber } from './format/formatNumber';
export { formatPercent } from './format/formatPercent';
export { formatPeriod } from './format/formatPeriod';
export { type FormatVndOptions, formatVnd, type VndSuffix } from './format/formatVnd';
export { VND_UNITS, type VndUnit } from './format/VndUnit';
export { FIELD_LABELS_EN, LABELS_EN, TERMS_EN, VND_UNIT_LABELS_EN } from './labels/en';
export { fieldLabelOf } from './labels/fieldLabelOf';
export {
  type FormatLegalReferenceOptions,
  formatLegalReference,
} from './labels/formatLegalReference';
export { formatTerm } from './labels/formatTerm';
export { labelOf } from './labels/labelOf';
export { termOf } from './labels/termOf';
export {
  type CodeLabels,
  FIELD_LABELS,
  type FieldName,
  LABELS,
  TERMS,
  type TermKey,
  VND_UNIT_LABELS,
} from './labels/vi';
export { MESSAGES_EN } from './messages/en';
export {
  formatMessage,
  type MessageLanguage,
  type MessageOptions,
} from './messages/formatMessage';
export type { LanguageOptions } from './messages/LanguageOptions';
export { messageOf } from './messages/messageOf';
export { LANGUAGES, type Language, readLanguage } from './messages/readLanguage';
export { MESSAGES, type MessageCode } from './messages/vi';
export type { ParseNumberOptions } from './parse/ParseNumberOptions';
export { parseNumber } from './parse/parseNumber';
export { parseNumberWords } from './parse/parseNumberWords';
export { type ParseVndOptions, parseVnd } from './parse/parseVnd';
export { compareVietnamese } from './text/compareVietnamese';
export { compareVietnameseNames } from './text/compareVietnameseNames';
export { removeDiacritics } from './text/removeDiacritics';
export { slugify } from './text/slugify';
export type { ReadNumberOptions } from './words/ReadNumberOptions';
export { readNumber } from './words/readNumber';
export { type ReadVndOptions, readVnd } from './words/readVnd';
