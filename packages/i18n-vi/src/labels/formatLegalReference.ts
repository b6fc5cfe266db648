import {
  LEGAL_DOCUMENT_KINDS,
  LEGAL_DOCUMENTS,
  type LegalDocument,
  type LegalDocumentKind,
  type LegalReference,
} from '@khuyencong/domain';
import { describeValue, detailValue, ownValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import { requireText } from '../_internal/requireText';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';

/**
 * Options of {@link formatLegalReference}.
 *
 * @category Labels
 */
export interface FormatLegalReferenceOptions extends LanguageOptions {
  /**
   * Legal documents of your own by id (a province's HĐND resolution that a rule-set file defines, say),
   * consulted before the built-in `LEGAL_DOCUMENTS` of `@khuyencong/domain`.
   */
  readonly documents?: Readonly<Record<string, LegalDocument>>;
}

/** What a citation reads of a document. */
type CitedDocument = Pick<LegalDocument, 'kind' | 'number' | 'title'>;

/** How each language cites: the name of a document, and the provision (point, clause, article) before it. */
interface CitationStyle {
  readonly document: (document: CitedDocument) => string;
  readonly cite: (reference: LegalReference, document: string) => string;
}

const VI_KIND_NAMES: Readonly<Record<LegalDocumentKind, string>> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  'joint-circular': 'Thông tư liên tịch',
  'consolidated-text': 'Văn bản hợp nhất',
};

const EN_KIND_NAMES: Readonly<Record<LegalDocumentKind, string>> = {
  law: 'Law',
  resolution: 'Resolution',
  decree: 'Decree',
  decision: 'Decision',
  circular: 'Circular',
  'joint-circular': 'Joint Circular',
  'consolidated-text': 'Consolidated Text',
};

/** "Article 8(4)", "Article 5(1)(a)", "Article 6, point a", "Clause 2"; empty for a whole document. */
function englishProvision(reference: LegalReference): string {
  const { article, clause, point } = reference;
  if (article === undefined) {
    return [point && `Point ${point}`, clause && `Clause ${clause}`].filter(Boolean).join(', ');
  }
  if (clause === undefined)
    return point === undefined ? `Article ${article}` : `Article ${article}, point ${point}`;
  return `Article ${article}(${clause})${point === undefined ? '' : `(${point})`}`;
}

const STYLES: Readonly<Record<Language, CitationStyle>> = {
  // Smallest unit first: "điểm a khoản 1 Điều 5 Nghị định số 45/2012/NĐ-CP"; a law by its title.
  vi: {
    document: (document) => {
      if (document.number === undefined) return document.title;
      const name = document.kind === 'law' ? document.title : VI_KIND_NAMES[document.kind];
      return `${name} số ${document.number}`;
    },
    cite: (reference, document) =>
      [
        reference.point !== undefined && `điểm ${reference.point}`,
        reference.clause !== undefined && `khoản ${reference.clause}`,
        reference.article !== undefined && `Điều ${reference.article}`,
        document,
      ]
        .filter(Boolean)
        .join(' '),
  },
  // The provision, then the document: "Article 8(4), Circular No. 28/2018/TT-BTC". The official number is kept
  // as it is written; a document without one is named by its (Vietnamese) title, in quotes.
  en: {
    document: (document) =>
      document.number === undefined
        ? `${EN_KIND_NAMES[document.kind]} “${document.title}”`
        : `${EN_KIND_NAMES[document.kind]} No. ${document.number}`,
    cite: (reference, document) => {
      const provision = englishProvision(reference);
      return provision === '' ? document : `${provision}, ${document}`;
    },
  },
};

/** The kind, number and title of a document, read as own properties, or `undefined` when they do not fit. */
function citedDocument(document: unknown): CitedDocument | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const fields = document as Readonly<Record<string, unknown>>;
  const kind = ownValue(fields, 'kind');
  const number = ownValue(fields, 'number');
  const title = ownValue(fields, 'title');
  if (
    !(LEGAL_DOCUMENT_KINDS as readonly unknown[]).includes(kind) ||
    typeof title !== 'string' ||
    (number !== undefined && typeof number !== 'string')
  ) {
    return undefined;
  }
  const cited = { kind: kind as LegalDocumentKind, title };
  return number === undefined ? cited : { ...cited, number };
}

/** One provision of a reference (`article`, `clause`, `point`): absent, or a string (never `[object Object]`). */
function provision(reference: object, key: 'article' | 'clause' | 'point'): string | undefined {
  const value: unknown = ownValue(reference as LegalReference, key);
  return value === undefined ? undefined : requireText(value, `reference.${key}`, FN);
}

const FN = 'formatLegalReference';
const PROVISIONS = ['article', 'clause', 'point'] as const;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The document of an id: the caller's own first, then the registry; `undefined` when neither has it. */
function findDocument(id: unknown, own: unknown): unknown {
  if (typeof id !== 'string') return undefined;
  if (own !== undefined) {
    if (typeof own !== 'object' || own === null || Array.isArray(own)) {
      return fail(
        'INVALID_OPTION',
        `formatLegalReference: option documents must be an object of documents by id, got ${describeValue(own)}.`,
        { option: 'documents', value: detailValue(own) },
      );
    }
    if (Object.hasOwn(own, id)) return (own as Readonly<Record<string, unknown>>)[id];
  }
  const registry: Readonly<Record<string, LegalDocument>> = LEGAL_DOCUMENTS;
  return Object.hasOwn(registry, id) ? registry[id] : undefined;
}

/**
 * Cites a legal reference. In Vietnamese (the default) smallest unit first: "điểm a khoản 1 Điều 5 Nghị định số
 * 45/2012/NĐ-CP" (a law is cited by its title, "Luật Kế toán số 88/2015/QH13"; a document without a number by its
 * title). In English (`lang: 'en'`) the provision first, then the document with its official number as written:
 * "Article 8(4), Circular No. 28/2018/TT-BTC", "Article 5(1)(a), Decree No. 45/2012/NĐ-CP".
 *
 * @param reference - a `LegalReference` of `@khuyencong/domain` whose document is in `options.documents` or in
 *   `LEGAL_DOCUMENTS`.
 * @param options - `lang`: `'vi'` (default) or `'en'`; `documents`: your own documents by id, looked up first.
 * @returns the citation.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNKNOWN_LEGAL_DOCUMENT` when the document is in neither;
 *   `INVALID_OPTION` for options that are not an object, `documents` that is not one, or a document of yours
 *   without a known `kind` and a `title`; `INVALID_ARGUMENT` for an `article`, `clause` or `point` that is
 *   not a string (`{}` never becomes "Điều [object Object]"). Only own properties of the reference are read; `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Labels
 * @example
 * ```ts
 * import { formatLegalReference } from '@khuyencong/i18n-vi';
 * [formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }), formatLegalReference({ document: 'nd-45-2012', article: '5', clause: '1', point: 'đ' })]
 * //=> ['khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC', 'điểm đ khoản 1 Điều 5 Nghị định số 45/2012/NĐ-CP']
 * formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' }, { lang: 'en' })
 * //=> 'Article 8(4), Circular No. 28/2018/TT-BTC'
 * const documents = { 'nq-12-2025-hdnd-hue': { id: 'nq-12-2025-hdnd-hue', number: '12/2025/NQ-HĐND', kind: 'resolution', issuer: 'HĐND thành phố Huế', title: 'Nghị quyết về khuyến công', confidence: { basis: 'read', level: 'high' } } } as const;
 * [formatLegalReference({ document: 'nq-12-2025-hdnd-hue', article: '3' }, { documents }), formatLegalReference({ document: 'nq-12-2025-hdnd-hue', article: '3' }, { documents, lang: 'en' })]
 * //=> ['Điều 3 Nghị quyết số 12/2025/NQ-HĐND', 'Article 3, Resolution No. 12/2025/NQ-HĐND']
 * (() => { try { return formatLegalReference({ document: 'tt-28-2018-btc', article: {} as never }); } catch (error) { return (error as { code: string }).code; } })()
 * //=> 'INVALID_ARGUMENT'
 * ```
 */
export function formatLegalReference(
  reference: LegalReference,
  options?: FormatLegalReferenceOptions,
): string {
  const record = optionsRecord(options, 'formatLegalReference');
  const lang = languageOption(record, 'formatLegalReference');
  if (typeof reference !== 'object' || reference === null) {
    return fail('UNKNOWN_LEGAL_DOCUMENT', `${FN}: no legal document ${describeValue(reference)}.`, {
      value: detailValue(reference),
    });
  }
  const id: unknown = ownValue(reference, 'document');
  const found = findDocument(id, record['documents']);
  if (found === undefined) {
    return fail(
      'UNKNOWN_LEGAL_DOCUMENT',
      `formatLegalReference: no legal document ${describeValue(id)}.`,
      { value: detailValue(id) },
    );
  }
  const document = citedDocument(found);
  if (document === undefined) {
    return fail(
      'INVALID_OPTION',
      `formatLegalReference: the document ${describeValue(id)} of option documents needs a kind of ${LEGAL_DOCUMENT_KINDS.join(', ')} and a title.`,
      { option: 'documents', value: detailValue(id) },
    );
  }
  const cited: Mutable<LegalReference> = { document: id as string };
  for (const key of PROVISIONS) {
    const value = provision(reference, key);
    if (value !== undefined) cited[key] = value;
  }
  const style = STYLES[lang];
  return style.cite(cited, style.document(document));
}
