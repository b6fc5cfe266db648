import {
  annualPlanSchema,
  periodReportSchema,
  projectSchema,
  reportedAmountSchema,
} from '@khuyencong/validation';
import type { ImportRecord } from '../model/ImportRecord';
import { checkLocatedFinding } from './checkLocatedFinding';
import { checkOrigin } from './checkOrigin';
import { ARRAY, checkShape, type FieldShape, oneOf, optional, RECORD, STRING } from './checkShape';
import { checkSiteDetails } from './checkSiteDetails';
import { checkWithSchema } from './checkWithSchema';
import { isOwnRecord } from './ownRecords';

const KINDS: readonly ImportRecord['kind'][] = [
  'input',
  'project',
  'lines',
  'rejected',
  'totals',
  'finding',
];

/** The fields of each kind of record, besides `kind` (the payloads are checked with their schemas). */
const FIELDS: Readonly<Record<ImportRecord['kind'], Readonly<Record<string, FieldShape>>>> =
  Object.freeze({
    input: {
      source: STRING,
      format: oneOf(['csv', 'json', 'dataset']),
      table: optional(oneOf(['projects', 'lines'])),
      title: optional(STRING),
      url: optional(STRING),
    },
    project: { project: RECORD, origin: RECORD, site: optional(RECORD), unstated: optional(ARRAY) },
    lines: { plan: optional(RECORD), report: optional(RECORD), origin: RECORD },
    rejected: { origin: RECORD, findings: ARRAY, projectId: optional(STRING) },
    totals: { origin: RECORD, label: STRING, figures: RECORD },
    finding: { finding: RECORD },
  });

/**
 * @internal Checks a record handed to the report builder: one of the kinds of {@link ImportRecord}, with its
 * fields, origin and findings well formed and its project, plan, report or totals figures accepted by the
 * schemas of `@khuyencong/validation` (and given as they give them: amounts as strings); `INVALID_ARGUMENT` naming the first part that is wrong. A record this
 * package's readers made is taken as it is (it was checked as it was read).
 */
export function checkRecord(record: unknown, fn: string): ImportRecord {
  if (isOwnRecord(record)) return record as ImportRecord;
  const { kind } = checkShape(record, { kind: oneOf(KINDS) }, fn, 'record') as {
    readonly kind: ImportRecord['kind'];
  };
  const fields = checkShape(record, FIELDS[kind], fn, 'record');
  if (kind !== 'input' && kind !== 'finding') checkOrigin(fields['origin'], fn, 'record.origin');
  const own = (key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined);
  switch (kind) {
    case 'project': {
      const project = checkWithSchema(
        projectSchema,
        own('project'),
        fn,
        'record.project',
        'a project',
      );
      checkSiteDetails(own('site'), fn, 'record.site');
      return { ...(record as ImportRecord & { kind: 'project' }), project } as ImportRecord;
    }
    case 'lines': {
      const plan = own('plan');
      const report = own('report');
      return {
        kind: 'lines',
        origin: fields['origin'],
        ...(plan === undefined
          ? {}
          : { plan: checkWithSchema(annualPlanSchema, plan, fn, 'record.plan', 'an annual plan') }),
        ...(report === undefined
          ? {}
          : {
              report: checkWithSchema(
                periodReportSchema,
                report,
                fn,
                'record.report',
                'a period report',
              ),
            }),
      } as ImportRecord;
    }
    case 'rejected': {
      const findings = own('findings') as readonly unknown[];
      for (let index = 0; index < findings.length; index++) {
        checkLocatedFinding(findings[index], fn, `record.findings[${index}]`);
      }
      break;
    }
    case 'totals': {
      const figures = own('figures') as Readonly<Record<string, unknown>>;
      // Own properties defined, never assigned: a key `__proto__` stays a key.
      const checked = Object.fromEntries(
        Object.keys(figures).map((key) => [
          key,
          checkWithSchema(
            reportedAmountSchema,
            figures[key],
            fn,
            `record.figures.${key}`,
            'a reported amount',
          ),
        ]),
      );
      return { ...(record as ImportRecord & { kind: 'totals' }), figures: checked } as ImportRecord;
    }
    case 'finding':
      checkLocatedFinding(own('finding'), fn, 'record.finding');
      break;
    default:
      break;
  }
  return record as ImportRecord;
}
