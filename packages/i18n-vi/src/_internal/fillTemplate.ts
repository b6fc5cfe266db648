import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { formatDate } from '../format/formatDate';
import { formatNumber } from '../format/formatNumber';
import { formatPercent } from '../format/formatPercent';
import { formatVnd } from '../format/formatVnd';
import { fieldLabelOf } from '../labels/fieldLabelOf';
import { labelOf } from '../labels/labelOf';
import type { FieldName } from '../labels/vi';
import type { Language } from '../messages/readLanguage';
import { CURRENCY_WORDS } from './currencyWords';

/**
 * `{name}` or `{name:type}`; `{a|b}` takes the first detail present. Types: `vnd`, `vndAuto`, `percent`,
 * `number`, `date`, `field`, `@list` (a label of a code list) and `plural(one|other)` (a word chosen by the count).
 */
const PLACEHOLDER =
  /\{([A-Za-z|]+)(?::(vnd|vndAuto|percent|number|date|field|@[A-Za-z]+|plural\([^(){}|]*\|[^(){}|]*\)))?\}/g;
/** `[[ … ]]`: a part of a template that is left out when a detail it names is absent, `null` or empty. */
const OPTIONAL = /\[\[([^[\]]*)\]\]/g;
const PLURAL = /^plural\(([^|]*)\|(.*)\)$/;

type ParameterFormatter = (text: string, lang: Language) => string;

/** How each placeholder type writes a detail, in a language (they throw on a detail that does not fit). */
const FORMATTERS: Readonly<Record<string, ParameterFormatter>> = {
  vnd: (text, lang) =>
    /\./.test(text)
      ? `${formatNumber(text, { lang })} ${CURRENCY_WORDS[lang]}`
      : formatVnd(text, { lang }),
  vndAuto: (text, lang) => formatVnd(text, { unit: 'auto', lang }),
  percent: (text, lang) => formatPercent(text, { lang }),
  number: (text, lang) => formatNumber(text, { lang }),
  date: (text, lang) => formatDate(text, { style: 'numeric', lang }),
  field: (text, lang) => fieldLabelOf(text as FieldName, { lang }),
};

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  // NaN or ±Infinity is no value to show (a division by zero upstream): written as a missing detail is.
  if (typeof value === 'number' && !Number.isFinite(value)) return MISSING;
  return describeValue(value);
}

/** What a missing detail shows as. */
const MISSING = '…';

function isOne(value: unknown): boolean {
  return value === 1 || value === 1n || value === '1';
}

function formatParameter(value: unknown, type: string | undefined, lang: Language): string {
  try {
    if (type === undefined) return asText(value);
    const plural = PLURAL.exec(type);
    if (plural !== null) return (isOne(value) ? plural[1] : plural[2]) ?? '';
    const text = String(value);
    if (type.startsWith('@')) {
      const list = type.slice(1) as CodeListName;
      if (Object.hasOwn(CODE_LISTS, list))
        return labelOf(list, value as CodeOf<typeof list>, { lang });
    } else {
      const format = FORMATTERS[type];
      if (format !== undefined) return format(text, lang);
    }
  } catch {
    // A detail that does not fit its type is shown as it is.
  }
  return asText(value);
}

/**
 * Fills a message or term template with details, in a language: the one implementation of placeholders for
 * `formatMessage` and `formatTerm`. A detail that is missing, or a number that is not finite (`NaN`), shows as "…";
 * one that does not fit its type is shown as it is; a `[[ … ]]` part is left out when a detail it names is absent, `null` or empty.
 */
export function fillTemplate(template: string, details: unknown, lang: Language): string {
  const values: Readonly<Record<string, unknown>> =
    typeof details === 'object' && details !== null
      ? (details as Readonly<Record<string, unknown>>)
      : {};
  const present = (names: string): string | undefined =>
    names
      .split('|')
      .find((candidate) => Object.hasOwn(values, candidate) && values[candidate] !== undefined);
  const filled = (name: string | undefined): boolean =>
    name !== undefined && values[name] !== null && values[name] !== '';
  return template
    .replace(OPTIONAL, (_match, part: string) =>
      [...part.matchAll(PLACEHOLDER)].every((placeholder) => filled(present(placeholder[1] ?? '')))
        ? part
        : '',
    )
    .replace(PLACEHOLDER, (_match, names: string, type: string | undefined) => {
      const name = present(names);
      return name === undefined ? MISSING : formatParameter(values[name], type, lang);
    });
}
