// The English module has exactly the keys of the Vietnamese one (the compiler checks that too) and every English
// template fills the same details as its Vietnamese one, so that no value is lost in either language.
import { CODE_LISTS, type CodeListName } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import {
  FIELD_LABELS,
  FIELD_LABELS_EN,
  type FieldName,
  LABELS,
  LABELS_EN,
  MESSAGES,
  MESSAGES_EN,
  TERMS,
  TERMS_EN,
  type TermKey,
  VND_UNIT_LABELS,
  VND_UNIT_LABELS_EN,
} from '../src/index';
import { pluralDetails, valueDetails, valuePlaceholders } from './templates';

function expectTemplateParity(
  vi: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): void {
  expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  for (const [key, template] of Object.entries(vi)) {
    const english = en[key] ?? '';
    expect(valuePlaceholders(english), key).toEqual(valuePlaceholders(template));
    // A plural word is chosen by a count the template also writes.
    for (const name of [...pluralDetails(english), ...pluralDetails(template)]) {
      expect(valueDetails(english), `${key}: {${name}:plural(…)}`).toContain(name);
    }
    expect(english.split('[[').length, `${key}: [[ … ]] parts`).toBe(template.split('[[').length);
  }
}

function expectLabelParity(
  vi: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): void {
  expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  for (const [key, label] of Object.entries(en)) {
    expect(label.trim(), key).not.toBe('');
    expect(label, key).not.toMatch(/[{}]|\[\[/);
  }
}

describe('parity of the Vietnamese and English words', () => {
  it('messages: the same codes, the same details', () => {
    expectTemplateParity(MESSAGES, MESSAGES_EN);
    // The placeholder reader of this test sees what the messages use.
    expect(valuePlaceholders(MESSAGES.ROWS_REJECTED)).toEqual([
      '{read:number}',
      '{rejected:number}',
    ]);
    expect(pluralDetails(MESSAGES_EN.ROWS_REJECTED)).toEqual(['read', 'rejected']);
  });

  it('terms: the same keys, the same values to fill', () => {
    expectTemplateParity(TERMS, TERMS_EN);
    expect(Object.keys(TERMS).length).toBeGreaterThan(150);
    for (const key of Object.keys(TERMS)) expect(key).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });

  it('code labels: every code of every list in both languages, distinct within a list', () => {
    expect(Object.keys(LABELS_EN).sort()).toEqual(Object.keys(CODE_LISTS).sort());
    for (const list of Object.keys(CODE_LISTS) as CodeListName[]) {
      const en: Readonly<Record<string, string>> = LABELS_EN[list];
      expect(Object.keys(en).sort(), list).toEqual([...CODE_LISTS[list]].sort());
      expectLabelParity(LABELS[list], en);
      const values = Object.values(en);
      expect(new Set(values).size, list).toBe(values.length);
    }
  });

  it('a text missing in English, or one only English has, does not compile', () => {
    const { 'report.title': _dropped, ...withoutTitle } = TERMS_EN;
    // @ts-expect-error: every TermKey needs its English term
    const missing: Readonly<Record<TermKey, string>> = withoutTitle;
    // @ts-expect-error: an English field label for a field the Vietnamese table does not name
    const extra: Readonly<Record<FieldName, string>> = { ...FIELD_LABELS_EN, budget: 'budget' };
    expect(Object.keys(missing)).not.toContain('report.title');
    expect(Object.keys(extra)).toContain('budget');
  });

  it('field labels and unit labels: the same keys', () => {
    expectLabelParity(FIELD_LABELS, FIELD_LABELS_EN);
    expectLabelParity(VND_UNIT_LABELS, VND_UNIT_LABELS_EN);
  });
});
