// @khuyencong/i18n-vi: the one public entry point. Explicit named exports only.

export { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
export type { FormatNumberOptions } from './format/FormatNumberOptions';
export { type FormatDateOptions, formatDate } from './format/formatDate';
export { formatNumber } from './format/formatNumber';
export { formatPercent } from './format/formatPercent';
export { formatPeriod } from './format/formatPeriod';
export { type FormatVndOptions, formatVnd, type VndSuffix } from './format/formatVnd';
export { VND_UNIT_LABELS, VND_UNITS, type VndUnit } from './format/VndUnit';
export { formatLegalReference } from './labels/formatLegalReference';
export { type CodeLabels, LABELS } from './labels/LABELS';
export { labelOf } from './labels/labelOf';
export {
  formatMessage,
  type MessageLanguage,
  type MessageOptions,
} from './messages/formatMessage';
export { MESSAGES, type MessageCode } from './messages/MESSAGES';
export { MESSAGES_EN } from './messages/MESSAGES_EN';
export { messageOf } from './messages/messageOf';
export { LANGUAGES, type Language, readLanguage } from './messages/readLanguage';
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
