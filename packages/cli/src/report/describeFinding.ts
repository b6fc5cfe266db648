import type { Finding } from '@khuyencong/domain';
import {
  formatMessage,
  formatPercent,
  formatVnd,
  MESSAGES,
  type MessageCode,
} from '@khuyencong/i18n-vi';

const PERCENT_KEY = /percent|share/i;
const AMOUNT = /^-?\d{4,}$/;

function formatDetail(key: string, value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  if (PERCENT_KEY.test(key) && /^-?\d+(\.\d+)?$/.test(value)) return formatPercent(value);
  if (AMOUNT.test(value)) return formatVnd(value, { unit: 'auto' });
  return value;
}

const money = (value: unknown): string =>
  typeof value === 'string' && /^\d+$/.test(value)
    ? formatVnd(value, { unit: 'auto' })
    : String(value);

function limitSentence(
  d: Finding['details'],
  verbVi: string,
  verbEn: string,
): { vi: string; en: string } {
  const cap = d['binding'] === 'cap';
  return {
    vi: `Hỗ trợ ${money(d['support'])} ${verbVi} mức quốc gia tham chiếu ${money(d['limit'])} (${cap ? 'mức trần' : `tỷ lệ ${formatPercent(String(d['maxRatePercent']))}`}, ${d['ruleSetId']}); tỉnh chưa có quy định mức hỗ trợ được mã hóa.`,
    en: `Support ${money(d['support'])} ${verbEn} the national reference limit ${money(d['limit'])} (${cap ? 'cap' : `rate ${d['maxRatePercent']}%`}, ${d['ruleSetId']}); no provincial rules are encoded.`,
  };
}

/** Sentences for the findings the CLI itself reports (the libraries' codes have their messages in i18n-vi). */
const CLI_MESSAGES: Readonly<
  Record<string, (d: Finding['details']) => { vi: string; en: string }>
> = {
  SUPPORT_WITHIN_NATIONAL_REFERENCE: (d) => limitSentence(d, 'không vượt', 'is within'),
  SUPPORT_ABOVE_NATIONAL_REFERENCE: (d) => limitSentence(d, 'vượt', 'exceeds'),
  CONFLICTING_FIGURES: (d) => ({
    vi: `Hai dòng ghi hai giá trị khác nhau cho cùng một số liệu (${d['field']}); giữ giá trị đầu.`,
    en: `Two lines give different values for the same figure (${d['field']}); the first is kept.`,
  }),
};

/**
 * A finding as a sentence in both languages: the Vietnamese and English messages `@khuyencong/i18n-vi` has
 * for its code; for a code with no message, the code with the figures involved.
 */
export function describeFinding(finding: Finding): { vi: string; en: string } {
  const details = Object.entries(finding.details)
    .map(([key, value]) => `${key}: ${formatDetail(key, value)}`)
    .join('; ');
  const own = CLI_MESSAGES[finding.code];
  if (own !== undefined) return own(finding.details);
  const plain = details === '' ? finding.code : `${finding.code} (${details})`;
  if (!Object.hasOwn(MESSAGES, finding.code)) return { vi: plain, en: plain };
  const code = finding.code as MessageCode;
  return {
    vi: formatMessage(code, finding.details),
    en: formatMessage(code, finding.details, { lang: 'en' }),
  };
}
