import type * as z from 'zod/mini';
import type { ValidationFinding } from '../rules/Rule';

/**
 * @internal One `INVALID_FIELD` error finding per zod issue, so that a check reports malformed data as
 * data instead of throwing.
 */
export function schemaFindings(error: z.core.$ZodError): ValidationFinding[] {
  return error.issues.map((issue) => ({
    code: 'INVALID_FIELD',
    severity: 'error',
    messageKey: 'INVALID_FIELD',
    rule: 'schema',
    details: { issue: issue.code, message: issue.message },
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
  }));
}
