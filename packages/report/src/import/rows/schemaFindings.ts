import type { Finding } from '@khuyencong/domain';
import type * as z from 'zod/mini';

/** @internal One issue of a schema, as an `INVALID_FIELD` finding, with its path in the checked item. */
export interface SchemaFinding {
  readonly path: readonly (string | number)[];
  readonly finding: Finding;
}

/**
 * @internal One `INVALID_FIELD` error finding per issue of a failed parse: `issue` is the custom code of the
 * package's refinements (`INVALID_AMOUNT`, `INVALID_CALENDAR_DATE`…) when there is one, else zod's issue code
 * (both in `SCHEMA_ISSUE_CODES`), `message` zod's English message; `path` the path in the item.
 */
export function schemaFindings(error: z.core.$ZodError): SchemaFinding[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const params = (issue as { params?: { code?: unknown } }).params;
    const code = typeof params?.code === 'string' ? params.code : issue.code;
    return {
      path,
      finding: {
        code: 'INVALID_FIELD',
        severity: 'error',
        details: { issue: code, message: issue.message },
        path,
      },
    };
  });
}
