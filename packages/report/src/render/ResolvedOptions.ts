import type { LegalDocument } from '@khuyencong/domain';
import { type Language, readLanguage } from '@khuyencong/i18n-vi';
import { readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { isCallable } from '../_internal/isCallable';
import { isPlainRecord } from '../_internal/isPlainRecord';

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
  return fail(
    'INVALID_OPTION',
    `${fn}: option ${option} must be ${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}.`,
    { option, value: typeof value === 'string' ? value : typeof value },
  );
}

/**
 * @internal Reads the options of a renderer (a plain object, own properties only; `INVALID_OPTION` otherwise): `lang` through i18n-vi's `readLanguage`
 * (`UNSUPPORTED_LANGUAGE`), the others checked (`INVALID_OPTION`).
 */
export function resolveOptions(options: unknown, fn: string): ResolvedOptions {
  const { lang, skipInvalid, documents, moreFindings, perCode } = readOptions(
    options as Readonly<Record<string, unknown>> | undefined,
    'options',
    fail,
    fn,
  );
  if (skipInvalid !== undefined && typeof skipInvalid !== 'boolean') {
    invalid(fn, 'skipInvalid', skipInvalid, 'a boolean');
  }
  if (documents !== undefined && !isPlainRecord(documents)) {
    invalid(fn, 'documents', documents, 'an object of legal documents by id');
  }
  if (moreFindings !== undefined && !isCallable(moreFindings)) {
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
