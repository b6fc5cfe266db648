import { isIsoDate, type Project } from '@khuyencong/domain';
import { projectSchema } from '@khuyencong/validation';
import { checkRuleSetRegistry } from './checkRuleSetRegistry';
import { checkShape, type FieldShape, oneOf, RECORD } from './checkShape';
import { checkSiteDetails } from './checkSiteDetails';
import { checkWithSchema } from './checkWithSchema';

const ISO_DATE: FieldShape = Object.freeze({
  test: (value: unknown) => typeof value === 'string' && isIsoDate(value),
  expected: 'a YYYY-MM-DD date',
});

/**
 * @internal Checks what a public project check is given: a project `projectSchema` of
 * `@khuyencong/validation` accepts, and a context of a judgement date (a calendar date and its basis), a
 * rule-set registry and optional site details. `INVALID_ARGUMENT` names the first part that is wrong (the
 * first schema issue's path for the project); else the project as the schema gives it. The report builder calls the checks without this: its records
 * are checked when added.
 */
export function checkProjectArguments(project: unknown, context: unknown, fn: string): Project {
  const parsed = checkWithSchema(
    projectSchema,
    project,
    fn,
    'project',
    'a project (see projectSchema of @khuyencong/validation)',
  );
  const checked = checkShape(context, { judgement: RECORD, ruleSets: RECORD }, fn, 'context');
  checkShape(
    checked['judgement'],
    { date: ISO_DATE, basis: oneOf(['approval', 'location', 'plan-year']) },
    fn,
    'context.judgement',
  );
  checkRuleSetRegistry(checked['ruleSets'], fn, 'context.ruleSets');
  checkSiteDetails(
    Object.hasOwn(checked, 'site') ? checked['site'] : undefined,
    fn,
    'context.site',
  );
  return parsed as Project;
}
