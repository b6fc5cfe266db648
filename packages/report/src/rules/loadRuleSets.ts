import {
  BUILT_IN_RULE_SETS,
  createRuleSetRegistry,
  type RuleSet,
  type RuleSetRegistry,
} from '@khuyencong/calc';
import { LEGAL_DOCUMENTS, type LegalDocument, type LegalReference } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { ruleSetFileSchema } from '@khuyencong/validation';
import { fail } from '../_internal/fail';
import { invalidArgument } from '../_internal/invalidArgument';
import { jsonErrorOffset } from '../import/json/jsonErrorOffset';
import { lineAndColumn } from '../import/json/lineAndColumn';
import { schemaFindings } from '../import/rows/schemaFindings';

/**
 * A rule-set file as read: its name (for messages) and its text.
 *
 * @category Rule sets
 */
export interface RuleSetSource {
  /** The file's name, e.g. `rules/dak-lak-2025.json`. */
  readonly source: string;
  /** Its content, JSON. */
  readonly text: string;
}

/**
 * The rule sets of support levels a report (or a service) applies, and the legal documents they cite.
 *
 * @category Rule sets
 */
export interface LoadedRuleSets {
  /** calc's built-in rule sets followed by those of the files, validated together. */
  readonly ruleSets: RuleSetRegistry;
  /** The legal documents the files define, by id: pass them to the renderers so that citations read. */
  readonly documents: Readonly<Record<string, LegalDocument>>;
  /** What each file brought, and the built-in rule sets its own replace. */
  readonly files: readonly {
    readonly source: string;
    readonly ruleSetIds: readonly string[];
    readonly documentIds: readonly string[];
    readonly replaces: readonly string[];
  }[];
}

function parseFile(file: RuleSetSource): {
  legalDocuments: readonly LegalDocument[];
  ruleSets: readonly RuleSet[];
} {
  if (
    typeof file !== 'object' ||
    file === null ||
    typeof file.text !== 'string' ||
    typeof file.source !== 'string'
  ) {
    fail('INVALID_ARGUMENT', 'loadRuleSets: each file is { source, text } strings.', {
      parameter: 'files',
      value: describeValue(file),
      expected: '{ source: string, text: string }',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch {
    const { line, column } = lineAndColumn(
      file.text,
      jsonErrorOffset(file.text) ?? file.text.length,
    );
    return fail(
      'RULE_SET_FILE_NOT_JSON',
      `${file.source} is not JSON (line ${line}, column ${column}).`,
      {
        source: file.source,
        line: String(line),
        column: String(column),
      },
    );
  }
  const parsed = ruleSetFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = schemaFindings(parsed.error);
  const first = issues[0];
  const path = (first?.path ?? []).join('.');
  const issue = String(first?.finding.details['issue'] ?? 'custom');
  return fail(
    'RULE_SET_FILE_INVALID',
    `${file.source} is not a rule-set file: ${issue} at "${path}" (${issues.length} issues).`,
    { source: file.source, path, issue, issues: String(Math.max(0, issues.length - 1)) },
  );
}

function unknownDocument(id: string, source: string): never {
  return fail(
    'UNKNOWN_LEGAL_DOCUMENT',
    `${source} cites the legal document ${describeValue(id)}, which neither the registry nor the file defines.`,
    { value: id, source },
  );
}

/** Whether two rule sets apply to the same fund and province on at least one common day. */
function overlaps(a: RuleSet, b: RuleSet): boolean {
  const sameScope = a.fund === b.fund && (a.fund === 'national' || a.province === b.province);
  const endA = a.effectiveTo ?? '9999-12-31';
  const endB = b.effectiveTo ?? '9999-12-31';
  return sameScope && a.effectiveFrom <= endB && b.effectiveFrom <= endA;
}

function references(ruleSet: RuleSet): string[] {
  const cited: LegalReference[] = [
    ...(ruleSet.modifiers ?? []).map((modifier) => modifier.legalReference),
    ...ruleSet.rules.flatMap((rule) => [
      rule.legalReference,
      ...(rule.modifiers ?? []).map((modifier) => modifier.legalReference),
    ]),
  ];
  return [...ruleSet.legalDocuments, ...cited.map((reference) => reference.document)];
}

/**
 * Loads a province's rule-set files (HĐND resolutions on local khuyến công levels, kept as JSON next to its
 * system): each is parsed and checked against validation's `ruleSetFileSchema` (one rule set, an array, or
 * `{ legalDocuments, ruleSets }`), the legal documents it defines join the registry's, every document a rule
 * cites must be known, and the rule sets are validated with calc's built-in ones. A file's rule set replaces a
 * built-in one of the same fund and province whose dates it overlaps (the province's own text wins over the
 * copy shipped in calc); two files' rule sets in force for the same fund and province on the same day are an
 * error.
 *
 * @param files - the files' names and texts, in the order given.
 * @returns the registry to pass to the report builder, and the documents to pass to the renderers.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `RULE_SET_FILE_NOT_JSON` (line and column),
 *   `RULE_SET_FILE_INVALID` (the path and schema issue), `UNKNOWN_LEGAL_DOCUMENT` for a document cited but not
 *   defined (or defined twice), calc's `INVALID_RULE_SET` for a rule set that cannot be used (a rate above 100%,
 *   dates that overlap another set's).
 *   `INVALID_ARGUMENT` for files that are not an array of `{ source, text }` strings.
 * @category Rule sets
 * @example
 * ```ts
 * import { lookupSupport } from '@khuyencong/calc';
 * import { loadRuleSets } from '@khuyencong/report';
 * const text = JSON.stringify({
 *   legalDocuments: [{ id: 'nq-hdnd-x-2026', number: '12/2026/NQ-HĐND', kind: 'resolution', issuer: 'Hội đồng nhân dân tỉnh X', title: 'Nghị quyết quy định mức hỗ trợ khuyến công địa phương', effectiveFrom: '2026-03-01', confidence: { basis: 'read', level: 'high' } }],
 *   ruleSets: [{ id: 'x-2026', name: 'Mức hỗ trợ tỉnh X', fund: 'local', province: 'phu-yen', legalDocuments: ['nq-hdnd-x-2026'], effectiveFrom: '2026-03-01', confidence: { basis: 'read', level: 'high' }, rules: [{ activity: 'machinery', maxRatePercent: '50', cap: '500000000', legalReference: { document: 'nq-hdnd-x-2026', article: '3' }, confidence: { basis: 'read', level: 'high' } }] }],
 * });
 * const { ruleSets, documents } = loadRuleSets([{ source: 'x.json', text }]);
 * const lookup = lookupSupport({ registry: ruleSets, fund: 'local', province: 'phu-yen', date: '2026-06-01', activity: 'machinery', eligibleCost: '1360000000' });
 * [lookup.found && lookup.support.amount, Object.keys(documents)]
 * //=> ['500000000', ['nq-hdnd-x-2026']]
 * ```
 */
export function loadRuleSets(files: readonly RuleSetSource[]): LoadedRuleSets {
  if (!Array.isArray(files)) {
    invalidArgument(
      'INVALID_ARGUMENT',
      'loadRuleSets',
      'files',
      files,
      'an array of { source, text }',
    );
  }
  const documents: Record<string, LegalDocument> = {};
  const known = (id: string): boolean =>
    Object.hasOwn(LEGAL_DOCUMENTS, id) || Object.hasOwn(documents, id);
  const loaded: {
    source: string;
    ruleSetIds: string[];
    documentIds: string[];
    replaces: string[];
  }[] = [];
  const own: RuleSet[] = [];
  for (const file of files) {
    const content = parseFile(file);
    for (const [index, document] of content.legalDocuments.entries()) {
      if (known(document.id)) {
        fail(
          'RULE_SET_FILE_INVALID',
          `${file.source} defines the legal document ${document.id}, which is already defined.`,
          {
            source: file.source,
            path: `legalDocuments.${index}.id`,
            issue: 'custom',
            issues: '0',
          },
        );
      }
      documents[document.id] = document;
    }
    for (const ruleSet of content.ruleSets) {
      for (const id of references(ruleSet)) if (!known(id)) unknownDocument(id, file.source);
      own.push(ruleSet);
    }
    loaded.push({
      source: file.source,
      ruleSetIds: content.ruleSets.map((ruleSet) => ruleSet.id),
      documentIds: content.legalDocuments.map((document) => document.id),
      replaces: BUILT_IN_RULE_SETS.filter((builtIn) =>
        content.ruleSets.some((ruleSet) => overlaps(builtIn, ruleSet)),
      ).map((builtIn) => builtIn.id),
    });
  }
  const kept = BUILT_IN_RULE_SETS.filter(
    (builtIn) => !own.some((ruleSet) => overlaps(builtIn, ruleSet)),
  );
  return { ruleSets: createRuleSetRegistry([...kept, ...own]), documents, files: loaded };
}
