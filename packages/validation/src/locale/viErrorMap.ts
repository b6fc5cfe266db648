import { formatDate, formatNumber } from '@khuyencong/i18n-vi';
import type { z } from 'zod';
import { customIssueText } from '../_internal/customIssueText';
import { optionsObject } from '../_internal/resolveAsOf';
import { FIELD_LABELS_VI } from './fieldLabelsVi';

/**
 * Options of {@link viErrorMap}.
 *
 * @category Error messages
 */
export interface ViErrorMapOptions {
  /** Extra or replacement field labels, by key (merged over {@link FIELD_LABELS_VI}). */
  readonly labels?: Readonly<Record<string, string>>;
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  null: 'giá trị rỗng (null)',
  undefined: 'không có giá trị',
};

const AMOUNT_TYPE = 'số tiền phải là số đồng nguyên (chuỗi chữ số, bigint hoặc số nguyên)';

const AMOUNT: Readonly<Record<string, string>> & { readonly type: string } = {
  type: AMOUNT_TYPE,
  format:
    'số tiền phải viết liền các chữ số, không dấu phân cách, không dấu cộng, không số 0 ở đầu (ví dụ 1500000)',
  exponent: 'số tiền không được viết dạng lũy thừa (như 1e6)',
  fraction: 'số tiền phải là số đồng nguyên, không có phần lẻ',
  'too-long': 'số tiền không được dài quá 300 chữ số',
  'unsafe-number': 'số tiền vượt quá 9.007.199.254.740.991 phải ghi dạng chuỗi chữ số',
  'not-finite': 'số tiền phải là số hữu hạn',
  negative: 'số tiền không được âm',
};

const CUSTOM: Readonly<Record<string, string>> = {
  INVALID_CALENDAR_DATE: 'không phải ngày có thật (năm từ 1000 đến 9999)',
  INVALID_SCOPE_ID: 'phạm vi toàn quốc không có mã; vùng, tỉnh hoặc đơn vị phải có mã',
  INVALID_PERIOD_INDEX:
    'số thứ tự của kỳ không hợp lệ (quý 1-4, 6 tháng 1-2, tháng 1-12, các kỳ khác không có)',
  INVALID_PERIOD_END: 'kỳ nhiều năm phải có năm kết thúc sau năm bắt đầu; các kỳ khác không có',
  CERTIFICATE_LEVEL:
    'giấy chứng nhận sản phẩm CNNT tiêu biểu phải có cấp; giấy chứng nhận OCOP không có',
  CERTIFICATE_STARS:
    'giấy chứng nhận OCOP phải có số sao; giấy chứng nhận sản phẩm CNNT tiêu biểu không có',
  REVOKED_BEFORE_ISSUE: 'ngày thu hồi không được trước ngày cấp',
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A number in Vietnamese form (`1.500.000`, `0,01`); zod's own text when i18n-vi cannot take it (`1e-7`). */
function numberText(value: number | bigint): string {
  try {
    return formatNumber(typeof value === 'number' ? String(value) : value);
  } catch {
    return String(value);
  }
}

function bound(issue: { origin?: unknown }, value: number | bigint): string {
  return issue.origin === 'date' ? formatDate(new Date(Number(value))) : numberText(value);
}

function sizeText(issue: z.core.$ZodRawIssue, small: boolean): string {
  const raw = issue as {
    origin?: unknown;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
  };
  const limit = (small ? raw.minimum : raw.maximum) ?? 0;
  const text = bound(raw, limit);
  const strict = raw.inclusive === false;
  switch (raw.origin) {
    case 'string':
      return small ? `cần ít nhất ${text} ký tự` : `chỉ được tối đa ${text} ký tự`;
    case 'array':
    case 'set':
      return small ? `cần ít nhất ${text} phần tử` : `chỉ được tối đa ${text} phần tử`;
    case 'date':
      return small
        ? `phải ${strict ? 'sau' : 'từ'} ${text}${strict ? '' : ' trở đi'}`
        : `phải ${strict ? 'trước' : 'không muộn hơn'} ${text}`;
    default:
      return small
        ? `phải ${strict ? 'lớn hơn' : 'từ'} ${text}${strict ? '' : ' trở lên'}`
        : `phải ${strict ? 'nhỏ hơn' : 'không vượt quá'} ${text}`;
  }
}

function describe(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu giá trị bắt buộc';
      return `cần ${TYPES[issue.expected] ?? issue.expected}, nhận được ${TYPES[typeName(issue.input)] ?? typeName(issue.input)}`;
    case 'too_small':
      return sizeText(issue, true);
    case 'too_big':
      return sizeText(issue, false);
    case 'invalid_format':
      return issue.format === 'date'
        ? 'phải là ngày theo dạng NNNN-TT-NN (ví dụ 2025-10-15)'
        : 'không đúng định dạng';
    case 'not_multiple_of':
      return `phải là bội số của ${numberText(issue.divisor)}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `phải là một trong các giá trị: ${issue.values.map((value) => JSON.stringify(value) ?? String(value)).join(', ')}`;
    case 'invalid_union':
      return 'giá trị không hợp lệ';
    case 'custom':
      return customIssueText(issue, AMOUNT, CUSTOM);
    default:
      return undefined;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A Vietnamese zod error map, better than zod's own `vi` locale: type names in Vietnamese, numbers and date
 * bounds through `@khuyencong/i18n-vi` (`1.000.000`, "ngày 15 tháng 10 năm 2025", never epoch milliseconds),
 * field names in Vietnamese words where a label exists ("Tổng kinh phí: …"), and words for this package's own
 * issues (amounts, certificates, periods). Use it per call (`schema.safeParse(data, { error: viErrorMap() })`)
 * or globally (`z.config({ customError: viErrorMap() })`); importing it changes nothing. Issues it has no
 * words for fall through to the next map.
 *
 * @param options - {@link ViErrorMapOptions}: extra field labels.
 * @returns the error map.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` when `options` is not a plain object.
 * @category Error messages
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { projectSchema, viErrorMap } from '@khuyencong/validation';
 * projectSchema.safeParse({ ...SEED_DATASET.projects[1], totalCost: 899000000.5 }, { error: viErrorMap() }).error?.issues[0]?.message
 * //=> 'Tổng kinh phí: số tiền phải là số đồng nguyên, không có phần lẻ'
 * ```
 */
export function viErrorMap(options: ViErrorMapOptions = {}): z.core.$ZodErrorMap {
  const extra = optionsObject(options).labels as ViErrorMapOptions['labels'];
  const labels = { ...FIELD_LABELS_VI, ...extra };
  return (issue) => {
    const text = describe(issue);
    if (text === undefined) return undefined;
    const key = [...(issue.path ?? [])].reverse().find((part) => typeof part === 'string');
    const label = key === undefined ? undefined : Object.hasOwn(labels, key) ? labels[key] : key;
    return label === undefined ? capitalise(text) : `${capitalise(label)}: ${text}`;
  };
}
