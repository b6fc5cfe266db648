import type { VndUnit } from '@khuyencong/i18n-vi';
import { checkStrings } from '../../_internal/checkStrings';
import { type ClosestCandidate, closest } from '../../_internal/closest';
import { foldText } from '../../_internal/foldText';
import { reportFinding } from '../../_internal/reportFinding';
import type { TableKind } from '../../model/ImportRecord';
import { MAX_HEADER_LENGTH } from '../csv/MAX_HEADER_LENGTH';
import { COLUMN_ALIASES } from './columnAliases';
import { columnName } from './columnName';
import type { Field } from './Field';
import { headerBracket } from './headerBracket';
import { LINE_FIELDS } from './lineFields';
import { PROJECT_FIELDS } from './projectFields';
import type { HeaderFinding, ResolvedColumn, ResolvedHeader } from './ResolvedHeader';

const UNIT_BY_KEY: Readonly<Record<string, VndUnit>> = {
  dong: 'dong',
  d: 'dong',
  vnd: 'dong',
  nghindong: 'nghin',
  nghin: 'nghin',
  ngandong: 'nghin',
  trieudong: 'trieu',
  trieu: 'trieu',
  trdong: 'trieu',
  tydong: 'ty',
  ty: 'ty',
};

const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(
  (Object.entries(COLUMN_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [foldText(alias), field] as const),
  ),
);

/** Every known header with its folded key, folded once (a header line may hold thousands of unknown headers). */
const ALL_ALIASES: readonly ClosestCandidate[] = Object.values(COLUMN_ALIASES)
  .flat()
  .map((text) => ({ text, key: foldText(text) }));
const PROJECT_ONLY: ReadonlySet<Field> = new Set(
  PROJECT_FIELDS.filter((field) => !(LINE_FIELDS as readonly string[]).includes(field)),
);
const LINE_ONLY: ReadonlySet<Field> = new Set(
  LINE_FIELDS.filter((field) => !(PROJECT_FIELDS as readonly string[]).includes(field)),
);
/** The columns each table needs; a group is satisfied by any of its fields. */
const REQUIRED: Readonly<Record<TableKind, readonly (readonly Field[])[]>> = {
  projects: [['activity'], ['province'], ['year'], ['totalCost'], ['support', 'national', 'local']],
  lines: [['scope'], ['year']],
};

/** What a known header says: its field, and the unit of its amounts when it names one. */
interface HeaderRead {
  readonly field: Field;
  readonly unit?: VndUnit;
}

function readHeader(header: string): HeaderRead | undefined {
  const whole = FIELD_BY_KEY.get(foldText(header));
  if (whole !== undefined) return { field: whole };
  const bracket = headerBracket(header);
  if (bracket === undefined) return undefined;
  const field = FIELD_BY_KEY.get(foldText(bracket.name));
  if (field === undefined) return undefined;
  const unit = UNIT_BY_KEY[foldText(bracket.inside).replace(/^donvi(tinh)?/, '')];
  return unit === undefined ? { field } : { field, unit };
}

/**
 * Reads the header row of an input table: maps every header to its field (Vietnamese or English, with or
 * without diacritics, a unit in brackets) and decides whether the table lists projects or plan/report lines.
 * Nothing is thrown: every problem is a finding. An unknown column is a `COLUMN_UNKNOWN` warning (with the
 * nearest known header when it is really close) and is ignored, as is a header over 1,000 characters (a
 * `HEADER_TOO_LONG` warning: it is not matched at all); a missing required column
 * (`COLUMN_MISSING`), a field filled by two columns (`COLUMN_DUPLICATE`) and a header that mixes project and
 * plan/report columns (`TABLE_KIND_MIXED`) are errors that make the table unusable. Every problem of the
 * header is reported at once.
 *
 * @param headers - the cells of the header row, as written.
 * @returns the table kind, its columns by field, the findings and whether the rows can be read.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` (details `parameter`,
 *   e.g. `headers[2]`) for headers that are not an array of strings.
 * @category Columns
 * @example
 * ```ts
 * import { resolveColumns } from '@khuyencong/report';
 * const header = resolveColumns(['STT', 'Mã đề án', 'Nội dung', 'Tinh/Thanh pho', 'Năm', 'Tổng kinh phí (triệu đồng)', 'Kinh phí hỗ trợ', 'Kinh phí tài trợ']);
 * [header.kind, header.usable, header.columns.get('province')?.index, header.columns.get('totalCost')?.unit]
 * //=> ['projects', true, 3, 'trieu']
 * header.findings
 * //=> [{ finding: { code: 'COLUMN_UNKNOWN', severity: 'warning', details: { header: 'Kinh phí tài trợ', suggestion: 'Kinh phí hỗ trợ' } }, column: 'Kinh phí tài trợ' }]
 * resolveColumns(['Nội dung', 'Tỉnh', 'Năm', 'Kinh phí hỗ trợ']).findings.map((found) => [found.finding.code, found.finding.details['header']])
 * //=> [['COLUMN_MISSING', 'Tổng kinh phí']]
 * ```
 */
export function resolveColumns(headers: readonly string[]): ResolvedHeader {
  checkStrings(headers, 'resolveColumns', 'headers');
  const columns = new Map<Field, ResolvedColumn>();
  const findings: HeaderFinding[] = [];
  const seen = new Map<string, HeaderRead | { readonly suggestion: string | null }>();
  let width = 0;
  headers.forEach((written, index) => {
    const header = written.trim();
    if (header === '') return;
    width = index + 1;
    if (header.length > MAX_HEADER_LENGTH) {
      const name = columnName(header);
      findings.push({
        finding: reportFinding('HEADER_TOO_LONG', {
          header: name,
          length: header.length,
          limit: MAX_HEADER_LENGTH,
        }),
        column: name,
      });
      return;
    }
    // A header line may repeat one header thousands of times: each distinct one is read once.
    let read = seen.get(header);
    if (read === undefined) {
      read = readHeader(header) ?? { suggestion: closest(foldText(header), ALL_ALIASES) ?? null };
      seen.set(header, read);
    }
    if (!('field' in read)) {
      findings.push({
        finding: reportFinding('COLUMN_UNKNOWN', { header, suggestion: read.suggestion }),
        column: header,
      });
      return;
    }
    if (read.field === 'ignored') return;
    const previous = columns.get(read.field);
    if (previous !== undefined) {
      findings.push({
        finding: reportFinding('COLUMN_DUPLICATE', {
          field: read.field,
          header,
          otherHeader: previous.header,
        }),
        column: header,
      });
      return;
    }
    columns.set(read.field, {
      field: read.field,
      header,
      index,
      ...(read.unit ? { unit: read.unit } : {}),
    });
  });
  const fields = [...columns.keys()];
  const projectOnly = fields.find((field) => PROJECT_ONLY.has(field));
  const lineOnly = fields.find((field) => LINE_ONLY.has(field));
  let kind: TableKind | undefined = lineOnly === undefined ? 'projects' : 'lines';
  if (projectOnly !== undefined && lineOnly !== undefined) {
    const lineHeader = columns.get(lineOnly)?.header ?? lineOnly;
    findings.push({
      finding: reportFinding('TABLE_KIND_MIXED', {
        projectHeader: columns.get(projectOnly)?.header ?? projectOnly,
        lineHeader,
      }),
      column: lineHeader,
    });
    kind = undefined;
  }
  if (kind !== undefined) {
    for (const group of REQUIRED[kind]) {
      if (group.some((field) => columns.has(field))) continue;
      const field = group[0] as Field;
      findings.push({
        finding: reportFinding('COLUMN_MISSING', {
          field,
          header: COLUMN_ALIASES[field][1] ?? field,
        }),
      });
    }
  }
  const usable = findings.every((found) => found.finding.severity !== 'error');
  return { ...(kind === undefined ? {} : { kind }), columns, width, findings, usable };
}
