import type { VndUnit } from '@khuyencong/i18n-vi';
import { closest } from '../_internal/closest';
import { foldText } from '../_internal/foldText';
import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';
import { COLUMN_ALIASES } from './COLUMN_ALIASES';
import { type Field, LINE_FIELDS, PROJECT_FIELDS } from './fields';

/**
 * One column of an input table: the field it fills, its header as written and its 0-based index;
 * `unit` is the unit of bare amounts named in the header ("(triệu đồng)").
 *
 * @category Input
 */
export interface ResolvedColumn {
  readonly field: Field;
  readonly header: string;
  readonly index: number;
  readonly unit?: VndUnit;
}

/**
 * The kind of table a CSV file holds: `projects` (one đề án per row) or `lines` (plan and report lines).
 *
 * @category Input
 */
export type TableKind = 'projects' | 'lines';

/**
 * A header row read: the kind of table and its columns by field.
 *
 * @category Input
 */
export interface ResolvedHeader {
  readonly kind: TableKind;
  readonly columns: ReadonlyMap<Field, ResolvedColumn>;
}

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

const ALL_ALIASES: readonly string[] = Object.values(COLUMN_ALIASES).flat();
const PROJECT_ONLY: ReadonlySet<Field> = new Set(
  PROJECT_FIELDS.filter((field) => !(LINE_FIELDS as readonly string[]).includes(field)),
);
const LINE_ONLY: ReadonlySet<Field> = new Set(
  LINE_FIELDS.filter((field) => !(PROJECT_FIELDS as readonly string[]).includes(field)),
);

function readHeader(header: string): { field: Field; unit?: VndUnit } | undefined {
  const whole = FIELD_BY_KEY.get(foldText(header));
  if (whole !== undefined) return { field: whole };
  const bracket = /^(.*?)\s*[([]([^)\]]*)[)\]]\s*$/u.exec(header);
  if (bracket === null) return undefined;
  const field = FIELD_BY_KEY.get(foldText(bracket[1] ?? ''));
  if (field === undefined) return undefined;
  const unitKey = foldText(bracket[2] ?? '').replace(/^donvi(tinh)?/, '');
  const unit = UNIT_BY_KEY[unitKey];
  return unit === undefined ? { field } : { field, unit };
}

function requireFields(
  columns: ReadonlyMap<Field, ResolvedColumn>,
  groups: readonly (readonly Field[])[],
  file: string,
): void {
  for (const group of groups) {
    if (group.some((field) => columns.has(field))) continue;
    const names = group.map((field) => `"${COLUMN_ALIASES[field][1] ?? field}" (${field})`);
    throw new CliError(
      'MISSING_COLUMN',
      text(`thiếu cột ${names.join(' hoặc ')}`, `missing column ${names.join(' or ')}`),
      { file, line: 1 },
    );
  }
}

/**
 * Reads the header row of an input table: maps every header to its field (Vietnamese or English, with or
 * without diacritics) and decides whether the table lists projects or plan/report lines.
 *
 * @param headers - the cells of the header row.
 * @param file - the file name for error messages.
 * @returns the table kind and its columns.
 * @throws {@link CliError} `UNKNOWN_COLUMN` (with the nearest known header when there is one),
 *   `MISSING_COLUMN`, or `USAGE` when a header appears twice or project and line columns are mixed.
 * @category Input
 * @example
 * ```ts
 * import { resolveColumns } from '@khuyencong/cli';
 * const header = resolveColumns(['STT', 'Mã đề án', 'Nội dung', 'Tinh/Thanh pho', 'Năm', 'Tổng kinh phí (triệu đồng)', 'Kinh phí hỗ trợ'], 'du-an.csv');
 * [header.kind, header.columns.get('province')?.index, header.columns.get('totalCost')?.unit]
 * //=> ['projects', 3, 'trieu']
 * ```
 */
export function resolveColumns(headers: readonly string[], file: string): ResolvedHeader {
  const columns = new Map<Field, ResolvedColumn>();
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const read = readHeader(header);
    if (read === undefined) {
      const hint = closest(header, ALL_ALIASES, foldText);
      throw new CliError(
        'UNKNOWN_COLUMN',
        text(
          `cột không rõ "${header}"${hint === undefined ? '' : ` (có phải "${hint}"?)`}`,
          `unknown column "${header}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`,
        ),
        { file, line: 1, column: header },
      );
    }
    if (read.field === 'ignored') return;
    const previous = columns.get(read.field);
    if (previous !== undefined) {
      throw new CliError(
        'UNKNOWN_COLUMN',
        text(
          `cột "${header}" trùng với cột "${previous.header}"`,
          `column "${header}" repeats column "${previous.header}"`,
        ),
        { file, line: 1, column: header },
      );
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
  if (projectOnly !== undefined && lineOnly !== undefined) {
    const a = columns.get(projectOnly)?.header ?? projectOnly;
    const b = columns.get(lineOnly)?.header ?? lineOnly;
    throw new CliError(
      'UNKNOWN_COLUMN',
      text(
        `tệp trộn cột của danh sách đề án ("${a}") với cột của dòng kế hoạch/báo cáo ("${b}"); hãy tách thành hai tệp`,
        `the file mixes project columns ("${a}") with plan/report line columns ("${b}"); split it into two files`,
      ),
      { file, line: 1, column: b },
    );
  }
  const kind: TableKind = lineOnly === undefined ? 'projects' : 'lines';
  if (kind === 'projects') {
    requireFields(
      columns,
      [['activity'], ['province'], ['year'], ['totalCost'], ['support', 'national', 'local']],
      file,
    );
  } else {
    requireFields(columns, [['scope'], ['year']], file);
  }
  return { kind, columns };
}
