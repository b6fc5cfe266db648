// English output has no Vietnamese words except proper names: the seed article and a 2,000-row sheet full of
// bad cells, rendered in English in every format, hold no Vietnamese letter once the names and values that
// come from the data (listed explicitly, from the data itself) and official document numbers are taken out.
import { LEGAL_DOCUMENTS, provinceNameOn, type ReportScope } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../src/build/createReportBuilder';
import { renderFindings, renderReport } from '../src/index';
import { manyResult } from './manyFindings';
import { seedResult } from './seedRecords';
import { vietnameseLetters } from './vietnameseLetters';

function provinceNames(result: ReportResult): string[] {
  const { report } = result;
  const scopes: ReportScope[] = [
    ...report.attainment.map((row) => row.scope),
    ...report.consulting.map((row) => row.scope),
    ...report.reportedSplits.map((row) => row.scope),
    ...report.projects.byProvince.map((group) => ({ kind: 'province' as const, id: group.key })),
  ];
  return scopes.flatMap((scope) =>
    scope.kind === 'province' && scope.id !== undefined
      ? [provinceNameOn(scope.id, report.asOf)?.name ?? '']
      : [],
  );
}

/**
 * What English output may hold from the data: the names of the provinces it reports on, the inputs' names
 * and titles, and what the findings quote (cell values, column headers, labels as written, project ids);
 * and the official numbers of legal documents ("45/2012/NĐ-CP"), written as issued.
 */
function allowed(result: ReportResult): string[] {
  const values = result.findings.flatMap((item) => [
    ...Object.values(item.finding.details).filter((value) => typeof value === 'string'),
    item.origin.column ?? '',
    item.origin.source,
    item.projectId ?? '',
  ]);
  return [
    ...provinceNames(result),
    ...result.report.inputs.flatMap((input) => [input.source, input.title ?? '']),
    ...values,
    ...Object.values(LEGAL_DOCUMENTS).flatMap((document) =>
      document.number === undefined ? [] : [document.number],
    ),
  ].filter((value) => value !== '');
}

/** Each name in the forms the formats write it (JSON and CSV escape quotes, HTML escapes them as entities). */
function forms(names: readonly string[]): string[] {
  const all = names.flatMap((name) => [
    name,
    JSON.stringify(name).slice(1, -1),
    name.replaceAll('"', '""'),
    name.replaceAll('"', '&quot;'),
  ]);
  return [...new Set(all)].filter((form) => vietnameseLetters(form).length > 0);
}

/** The text with the allowed names taken out, piece by piece (lines, and HTML text between tags). */
function withoutAllowed(text: string, names: readonly string[]): string {
  const allowedForms = forms(names).sort((a, b) => b.length - a.length);
  return text
    .split(/[\n<>]/)
    .filter((piece) => vietnameseLetters(piece).length > 0)
    .map((piece) =>
      allowedForms.reduce(
        (rest, form) => (rest.includes(form) ? rest.split(form).join(' ') : rest),
        piece,
      ),
    )
    .join('\n');
}

describe('English output', () => {
  it('the check finds Vietnamese letters, and the allow-list is taken from the data', () => {
    expect(vietnameseLetters('Kế hoạch năm, đồng')).toEqual(['ế', 'ạ', 'ă', 'đ', 'ồ']);
    const names = allowed(seedResult());
    expect(names).toEqual(
      expect.arrayContaining(['Phú Yên', 'Đà Nẵng', 'Đắk Lắk', '45/2012/NĐ-CP']),
    );
    expect(
      vietnameseLetters(withoutAllowed(renderReport(seedResult(), { format: 'text' }), names))
        .length,
    ).toBeGreaterThan(100);
  });

  for (const [name, result] of [
    ['the seed article', seedResult()],
    ['a 2,000-row sheet with many errors', manyResult()],
  ] as const) {
    it(`${name}: every format, in English, has no Vietnamese word but proper names and data`, () => {
      const names = allowed(result);
      const outputs: Record<string, string> = {
        findingsText: renderFindings(result, { format: 'text', lang: 'en' }),
        findingsJson: renderFindings(result, { format: 'json', lang: 'en' }),
      };
      for (const format of ['text', 'json', 'csv', 'html'] as const) {
        outputs[format] = renderReport(result, {
          format,
          lang: 'en',
          skipInvalid: true,
          perCode: 50,
        });
      }
      for (const [format, output] of Object.entries(outputs)) {
        const letters = vietnameseLetters(withoutAllowed(output, names));
        expect(letters, `${format}: ${[...new Set(letters)].join(' ')}`).toEqual([]);
      }
    });
  }
});
