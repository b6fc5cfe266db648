import type { Readable } from 'node:stream';
import { annualPlanSchema, periodReportSchema, projectSchema } from '@khuyencong/validation';
import { z } from 'zod';
import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';
import { datasetRecords } from './datasetRecords';
import type { InputRecord } from './InputRecord';

const DATASET = z
  .object({
    source: z.unknown().optional(),
    plans: z.array(z.unknown()).optional(),
    reports: z.array(z.unknown()).optional(),
    projects: z.array(z.unknown()).optional(),
  })
  .strict();

function invalid(file: string, path: string, message: string): CliError {
  return new CliError(
    'INVALID_JSON',
    text(`dữ liệu không hợp lệ tại ${path}: ${message}`, `invalid data at ${path}: ${message}`),
    { file, column: path },
  );
}

function parseItems<T>(
  file: string,
  list: string,
  items: readonly unknown[] | undefined,
  schema: z.core.$ZodType<T>,
): T[] {
  return (items ?? []).map((item, index) => {
    const result = z.safeParse(schema, item);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const path = [`${list}[${index}]`, ...(issue?.path ?? []).map(String)].join('.');
    throw invalid(file, path, issue?.message ?? 'không hợp lệ');
  });
}

/**
 * Reads a JSON input: an object with `plans`, `reports` and `projects` (the shape of `SEED_DATASET`), or
 * an array of projects. Every item is checked with the strict schemas of `@khuyencong/validation`.
 */
export async function readJsonRecords(
  source: Readable,
  file: string,
): Promise<Generator<InputRecord>> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk as Buffer);
  let textContent: string;
  try {
    textContent = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch (error) {
    throw new CliError(
      'ENCODING',
      text('tệp JSON không phải UTF-8', 'the JSON file is not UTF-8'),
      { file },
      error,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (error) {
    throw new CliError(
      'INVALID_JSON',
      text(
        `JSON sai cú pháp: ${(error as Error).message}`,
        `malformed JSON: ${(error as Error).message}`,
      ),
      { file },
      error,
    );
  }
  const shaped = DATASET.safeParse(Array.isArray(data) ? { projects: data } : data);
  if (!shaped.success) {
    const issue = shaped.error.issues[0];
    throw invalid(file, issue?.path.join('.') || '(gốc)', issue?.message ?? '');
  }
  return datasetRecords(
    {
      plans: parseItems(file, 'plans', shaped.data.plans, annualPlanSchema),
      reports: parseItems(file, 'reports', shaped.data.reports, periodReportSchema),
      projects: parseItems(file, 'projects', shaped.data.projects, projectSchema),
    },
    file,
  );
}
