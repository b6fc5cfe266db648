import type { LegalDocument } from '@khuyencong/domain';
import type { Language } from '@khuyencong/i18n-vi';
import { checkLocatedFinding } from '../../_internal/checkLocatedFinding';
import type { LocatedFinding } from '../../model/LocatedFinding';
import { resolveOptions } from '../ResolvedOptions';
import type { FindingJson } from './FindingJson';
import { findingJsonWriter } from './findingJsonWriter';

/**
 * Options of {@link findingToJson}.
 *
 * @category Render
 */
export interface FindingJsonOptions {
  /** The language of the message and the citation: `'vi'` (default) or `'en'`. */
  readonly lang?: Language;
  /** Legal documents of your own by id, for the citation. */
  readonly documents?: Readonly<Record<string, LegalDocument>>;
}

/**
 * One located finding as the JSON outputs list it: flat, with its message and citation in `lang` (the same
 * objects {@link renderReportJson} and {@link renderFindings} write). Use it to stream findings out one at a
 * time (the builder's `onFinding`), e.g. as JSON lines.
 *
 * @param item - a finding with where it was found.
 * @param options - `lang`, `documents`.
 * @returns the finding as a {@link FindingJson}.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`;
 *   `INVALID_OPTION` for bad options or a document of yours that cannot be cited.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `item.finding.code`) for an item that is not a located finding.
 * @category Render
 * @example
 * ```ts
 * import { findingToJson } from '@khuyencong/report';
 * const item = { finding: { code: 'CELL_NOT_AMOUNT', severity: 'error', details: { field: 'totalCost', value: '1.36x tỷ' } }, origin: { source: 'de-an.csv', line: 7, column: 'Tổng kinh phí' }, projectId: 'DA-06' } as const;
 * findingToJson(item)
 * //=> { code: 'CELL_NOT_AMOUNT', severity: 'error', message: '"1.36x tỷ" không phải số tiền hợp lệ (tổng kinh phí).', source: 'de-an.csv', line: 7, column: 'Tổng kinh phí', projectId: 'DA-06', details: { field: 'totalCost', value: '1.36x tỷ' } }
 * findingToJson(item, { lang: 'en' }).message
 * //=> '"1.36x tỷ" is not a valid amount (total cost).'
 * const cap = { finding: { code: 'SUPPORT_EXCEEDS_LIMIT', severity: 'error', details: {}, legalReference: { document: 'tt-28-2018-btc', article: '8', clause: '4' } }, origin: { source: 'seed', path: 'projects[0]' } } as const;
 * [findingToJson(cap).citation, findingToJson(cap, { lang: 'en' }).citation, findingToJson(cap).path]
 * //=> ['khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC', 'Article 8(4), Circular No. 28/2018/TT-BTC', 'projects[0]']
 * ```
 */
export function findingToJson(item: LocatedFinding, options?: FindingJsonOptions): FindingJson {
  checkLocatedFinding(item, 'findingToJson', 'item');
  const { lang, documents } = resolveOptions(options, 'findingToJson');
  return findingJsonWriter(lang, documents)(item);
}
