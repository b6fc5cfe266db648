import { KhuyenCongError, type LegalDocument } from '@khuyencong/domain';
import { type Language, readLanguage } from '@khuyencong/i18n-vi';

/** @internal Render options read and checked once: every field set. */
export interface ResolvedOptions {
  readonly lang: Language;
  readonly skipInvalid: boolean;
  readonly documents: Readonly<Record<string, LegalDocument>> | undefined;
  readonly moreFindings: ((code: string) => string) | undefined;
  readonly perCode: number;
}

const DEFAULT_PER_CODE = 5;

function invalid(fn: string, option: string, value: unknown, expected: string): never {
  throw new KhuyenCongError(
    'INVALID_OPTION',
    `[@khuyencong/report] ${fn}: option ${option} must be ${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}.`,
    { details: { option, value: typeof value === 'string' ? value : typeof value } },
  );
}

function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key)
    ? (record as Readonly<Record<string, unknown>>)[key]
    : undefined;
}

/**
 * @internal Reads the options of a renderer (own properties only): `lang` through i18n-vi's `readLanguage`
 * (`UNSUPPORTED_LANGUAGE`), the others checked (`INVALID_OPTION`).
 */
export function resolveOptions(options: unknown, fn: string): ResolvedOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return invalid(fn, 'options', options, 'an object');
  }
  const lang = own(options, 'lang');
  const skipInvalid = own(options, 'skipInvalid');
  const documents = own(options, 'documents');
  const moreFindings = own(options, 'moreFindings');
  const perCode = own(options, 'perCode');
  if (skipInvalid !== undefined && typeof skipInvalid !== 'boolean') {
    invalid(fn, 'skipInvalid', skipInvalid, 'a boolean');
  }
  if (
    documents !== undefined &&
    (typeof documents !== 'object' || documents === null || Array.isArray(documents))
  ) {
    invalid(fn, 'documents', documents, 'an object of legal documents by id');
  }
  if (moreFindings !== undefined && typeof moreFindings !== 'function') {
    invalid(fn, 'moreFindings', moreFindings, 'a function');
  }
  if (
    perCode !== undefined &&
    (typeof perCode !== 'number' || !Number.isSafeInteger(perCode) || perCode < 0)
  ) {
    invalid(fn, 'perCode', perCode, 'a whole number, 0 or more');
  }
  return {
    lang: lang === undefined ? 'vi' : readLanguage(lang),
    skipInvalid: skipInvalid === true,
    documents: documents as ResolvedOptions['documents'],
    moreFindings: moreFindings as ResolvedOptions['moreFindings'],
    perCode: (perCode as number | undefined) ?? DEFAULT_PER_CODE,
  };
}
