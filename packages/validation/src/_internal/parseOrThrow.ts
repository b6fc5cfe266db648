import type * as z from 'zod/mini';
import { fail } from './fail';

/**
 * @internal Parses data a function cannot work without, or throws `INVALID_INPUT` naming the first issue.
 */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown, parameter: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first?.path.map(String).join('.') ?? '';
  return fail(
    'INVALID_INPUT',
    `${parameter} does not match its schema${path === '' ? '' : ` at ${path}`}: ${first?.message ?? 'invalid'}.`,
    {
      parameter,
      path,
      issue: first?.code ?? 'custom',
      issues: String(result.error.issues.length),
    },
  );
}
