// English output has no Vietnamese words except proper names: every English text of the package, and real
// formatted outputs, are checked for Vietnamese letters after removing an explicit, small allow-list.
import {
  CODE_LISTS,
  type CodeListName,
  LEGAL_DOCUMENTS,
  type LegalReference,
  MESSAGE_CODES,
  PERIOD_KINDS,
} from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import {
  FIELD_LABELS_EN,
  type FieldName,
  formatDate,
  formatLegalReference,
  formatMessage,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatTerm,
  formatVnd,
  LABELS_EN,
  MESSAGES_EN,
  TERMS_EN,
  type TermKey,
  VND_UNIT_LABELS_EN,
} from '../src/index';
import { valueDetails, vietnameseLetters } from './templates';

/**
 * What English text may still hold: official document numbers (written as issued, "45/2012/NĐ-CP"), and the
 * Vietnamese inputs that the command line's English help quotes as examples of what it reads.
 */
const ALLOWED: readonly string[] = [
  // Official numbers of documents ("NĐ-CP" is a decree of the Government, "QĐ-TTg" a decision of the PM).
  ...Object.values(LEGAL_DOCUMENTS).flatMap((document) =>
    document.number === undefined ? [] : [document.number],
  ),
  // Vietnamese input the English help shows (the tool reads amounts as Vietnamese reports print them).
  '"máy móc"',
  '"1,36 tỷ"',
  '"73,5 tỷ"',
  '"hơn 9 tỷ đồng"',
  // The Vietnamese words the `words` command writes, named in its English help.
  '"Bằng chữ"',
  '"chẵn"',
];

function withoutAllowed(text: string): string {
  return ALLOWED.reduce((rest, allowed) => rest.split(allowed).join(' '), text);
}

function expectEnglish(texts: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(texts)) {
    expect(vietnameseLetters(withoutAllowed(text)), `${key}: ${text}`).toEqual([]);
  }
}

/** A value for each detail a template names, of the kind its placeholder formats. */
function sampleDetails(template: string): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const match of template.matchAll(/\{([^{}:]+)(?::([^{}]+))?\}/g)) {
    const type = match[2];
    for (const name of (match[1] ?? '').split('|')) {
      if (type === undefined || type.startsWith('plural(')) details[name] ??= '3';
      else if (type === 'vnd' || type === 'vndAuto') details[name] = '73500000000';
      else if (type === 'percent') details[name] = '93.51';
      else if (type === 'number') details[name] = '2000';
      else if (type === 'date') details[name] = '2024-10-01';
      else if (type === 'field') details[name] = 'eligibleCost';
      else details[name] = CODE_LISTS[type.slice(1) as CodeListName][0];
    }
  }
  return details;
}

describe('English output', () => {
  it('the test finds Vietnamese letters in any spelling, and the allow-list is used', () => {
    expect(vietnameseLetters('kinh phí khuyến công, Đắk Lắk, đồng')).toEqual([
      'í',
      'ế',
      'ô',
      'Đ',
      'ắ',
      'ắ',
      'đ',
      'ồ',
    ]);
    expect(vietnameseLetters('khuye\u0302\u0301n co\u0302ng')).toEqual(['ế', 'ô']);
    expect(vietnameseLetters('Article 8(4), Circular No. 28/2018/TT-BTC — 93.51%')).toEqual([]);
    const english = [...Object.values(MESSAGES_EN), ...Object.values(TERMS_EN)].join('\n');
    for (const allowed of ALLOWED.filter((text) => text.startsWith('"'))) {
      expect(english, allowed).toContain(allowed);
    }
  });

  it('messages, labels, field labels, unit labels and terms are English', () => {
    expectEnglish(MESSAGES_EN);
    expectEnglish(TERMS_EN);
    expectEnglish(FIELD_LABELS_EN);
    expectEnglish(VND_UNIT_LABELS_EN);
    for (const list of Object.keys(LABELS_EN) as CodeListName[]) expectEnglish(LABELS_EN[list]);
  });

  it('every message and term filled with real details is English', () => {
    for (const code of MESSAGE_CODES) {
      const message = formatMessage(code, sampleDetails(MESSAGES_EN[code]), { lang: 'en' });
      expect(message, code).not.toMatch(/…|undefined|NaN/);
      expect(vietnameseLetters(withoutAllowed(message)), `${code}: ${message}`).toEqual([]);
    }
    for (const key of Object.keys(TERMS_EN) as TermKey[]) {
      const details = sampleDetails(TERMS_EN[key]);
      const term = formatTerm(key, details, { lang: 'en' });
      expect(term, key).not.toMatch(/undefined|NaN|\{/);
      expect(term.split('…').length, `${key}: a detail is missing`).toBe(
        TERMS_EN[key].split('…').length,
      );
      expect(vietnameseLetters(withoutAllowed(term)), `${key}: ${term}`).toEqual([]);
      expect(Object.keys(details).sort()).toEqual([...new Set(valueDetails(TERMS_EN[key]))].sort());
    }
    for (const field of Object.keys(FIELD_LABELS_EN) as FieldName[]) {
      const message = formatMessage('CELL_REQUIRED', { field }, { lang: 'en' });
      expect(vietnameseLetters(message), message).toEqual([]);
    }
  });

  it('amounts, numbers, percents, dates, periods and citations are English', () => {
    const outputs = [
      formatVnd('73500000000', { lang: 'en' }),
      ...['dong', 'nghin', 'trieu', 'ty', 'nghin-ty', 'auto'].map((unit) =>
        formatVnd('1234567890123', { unit: unit as 'auto', lang: 'en' }),
      ),
      formatNumber('1234567.891', { lang: 'en' }),
      formatPercent('93.51', { lang: 'en' }),
      ...['2024-01-05', '2024-10-01', '2025-12-31'].flatMap((date) => [
        formatDate(date, { lang: 'en' }),
        formatDate(date, { style: 'numeric', lang: 'en' }),
      ]),
      ...PERIOD_KINDS.map((kind) =>
        formatPeriod({ kind, year: 2021, index: 2, endYear: 2025 }, { lang: 'en' }),
      ),
      ...Object.values(LEGAL_DOCUMENTS)
        .filter((document) => document.number !== undefined)
        .map((document) => {
          const reference: LegalReference = {
            document: document.id,
            article: '5',
            clause: '1',
            point: 'a',
          };
          return formatLegalReference(reference, { lang: 'en' });
        }),
    ];
    for (const output of outputs) {
      expect(vietnameseLetters(withoutAllowed(output)), output).toEqual([]);
    }
  });
});
