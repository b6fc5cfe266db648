import type { IsoDate } from '../dates/IsoDate';
import type { SourceConfidence } from './SourceConfidence';

/**
 * The kinds of legal document the programme rests on: `law` (luật), `resolution` (nghị quyết),
 * `decree` (nghị định), `decision` (quyết định), `circular` (thông tư), `joint-circular` (thông tư liên tịch),
 * `consolidated-text` (văn bản hợp nhất).
 *
 * @category Legal references
 * @example
 * ```ts
 * import { LEGAL_DOCUMENT_KINDS } from '@khuyencong/domain';
 * LEGAL_DOCUMENT_KINDS.includes('joint-circular')
 * //=> true
 * ```
 */
export const LEGAL_DOCUMENT_KINDS = [
  'law',
  'resolution',
  'decree',
  'decision',
  'circular',
  'joint-circular',
  'consolidated-text',
] as const;

/**
 * One of {@link LEGAL_DOCUMENT_KINDS}.
 *
 * @category Legal references
 */
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

/**
 * A legal document of the registry, with the dates and relations that decide which rule applies when.
 * Facts that were not found are absent, never guessed.
 *
 * @category Legal references
 */
export interface LegalDocument {
  /** Stable kebab-case id, e.g. `tt-28-2018-btc`. */
  readonly id: string;
  /** The official number, e.g. `28/2018/TT-BTC`; absent where it was not found. */
  readonly number?: string;
  /** What kind of document it is. */
  readonly kind: LegalDocumentKind;
  /** The issuing body, in Vietnamese (e.g. "Bộ Tài chính"). */
  readonly issuer: string;
  /** The title (trích yếu) in Vietnamese, where known. */
  readonly title: string;
  /** Date of issue (ngày ban hành), where known. */
  readonly issuedOn?: IsoDate;
  /** First day in force, where known. */
  readonly effectiveFrom?: IsoDate;
  /** Last day in force, where it has lapsed or been replaced. */
  readonly effectiveTo?: IsoDate;
  /** Ids of the documents this one amends. */
  readonly amends?: readonly string[];
  /** Ids of the documents this one replaces. */
  readonly replaces?: readonly string[];
  /** A public URL of the text or of the source that reports it. */
  readonly url?: string;
  /** How the dates and relations above were established. */
  readonly confidence: SourceConfidence;
  /** What is known to be missing or uncertain. */
  readonly note?: string;
}
