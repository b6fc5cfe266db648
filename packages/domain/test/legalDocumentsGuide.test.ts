// The guide docs/guides/legal-documents.md is generated from LEGAL_DOCUMENTS, so the documentation cannot
// drift from the registry. Regenerate it with: UPDATE_GOLDEN=1 npx vitest run test/legalDocumentsGuide.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEGAL_DOCUMENTS, type LegalDocument } from '../src/index';

const GUIDE = new URL('../../../docs/guides/legal-documents.md', import.meta.url);

function date(value: string | undefined): string {
  if (value === undefined) return '—';
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

function row(doc: LegalDocument): string {
  const number = doc.number ?? '(number not found)';
  const title = doc.url === undefined ? doc.title : `[${doc.title}](${doc.url})`;
  const basis = `${doc.confidence.basis}, ${doc.confidence.level}`;
  return `| ${number} | ${title} | ${doc.issuer} | ${date(doc.issuedOn)} | ${date(doc.effectiveFrom)} | ${date(doc.effectiveTo)} | ${basis} | ${doc.note ?? ''} |`;
}

function render(): string {
  return [
    '---',
    'title: Legal documents registry',
    '---',
    '',
    '# Legal documents registry',
    '',
    'The documents `LEGAL_DOCUMENTS` of `@khuyencong/domain` holds, generated from the registry itself. Dates are',
    'day/month/year; "—" means the date was not found (never guessed). "Basis" says how the facts were',
    'established: `read` (the text itself), `secondary` (reported by news or an aggregator), `inferred`, `memory`.',
    '',
    '| number | title | issuer | issued | in force from | in force to | basis | note |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.values(LEGAL_DOCUMENTS).map(row),
    '',
  ].join('\n');
}

describe('docs/guides/legal-documents.md', () => {
  it('is the registry as it is now', () => {
    const expected = render();
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GUIDE, expected);
    expect(readFileSync(GUIDE, 'utf8')).toBe(expected);
  });
});
