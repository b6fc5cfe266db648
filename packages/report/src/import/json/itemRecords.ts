import {
  annualPlanSchema,
  datasetSchema,
  periodReportSchema,
  projectSchema,
} from '@khuyencong/validation';
import type * as z from 'zod/mini';
import { projectIdOf } from '../../_internal/projectIdOf';
import { reportFinding } from '../../_internal/reportFinding';
import type { ImportRecord, InputFormat } from '../../model/ImportRecord';
import type { RecordOrigin } from '../../model/RecordOrigin';
import { schemaFindings } from '../rows/schemaFindings';
import { pathText } from './pathText';

type ListName = 'plans' | 'reports' | 'projects';

const LISTS: readonly ListName[] = ['plans', 'reports', 'projects'];
const SCHEMAS: Readonly<Record<ListName, z.ZodMiniType>> = {
  plans: annualPlanSchema,
  reports: periodReportSchema,
  projects: projectSchema,
};

function origin(source: string, path: string): RecordOrigin {
  return path === '' ? { source } : { source, path };
}

function idOf(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? projectIdOf(id) : undefined;
}

/** The record of one item: what its schema gives, or `rejected` with one finding per issue. */
function itemRecord(
  list: ListName,
  item: unknown,
  source: string,
  base: string,
  trusted: boolean,
): ImportRecord {
  const at = origin(source, base);
  const projectId = list === 'projects' ? idOf(item) : undefined;
  const named = projectId === undefined ? {} : { projectId };
  if (!trusted) return { kind: 'rejected', origin: at, findings: [], ...named };
  const parsed = SCHEMAS[list].safeParse(item);
  if (!parsed.success) {
    return {
      kind: 'rejected',
      origin: at,
      findings: schemaFindings(parsed.error).map(({ path, finding }) => ({
        finding,
        origin: origin(source, pathText(base, path)),
        ...named,
      })),
      ...named,
    };
  }
  if (list === 'projects') return { kind: 'project', project: parsed.data as never, origin: at };
  return list === 'plans'
    ? { kind: 'lines', plan: parsed.data as never, origin: at }
    : { kind: 'lines', report: parsed.data as never, origin: at };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * @internal The records of a dataset value (a parsed JSON input, or data such as `SEED_DATASET`): the `input`
 * record (with the dataset's title and address), `finding` records for an envelope that is not
 * `datasetSchema`'s, then one record per plan, report and project, each checked on its own. An array is a list
 * of projects (paths `[2]`). `trusted: false` (an input whose bytes are not UTF-8) rejects every item without
 * findings of its own.
 */
export function* itemRecords(
  value: unknown,
  source: string,
  format: InputFormat,
  trusted: boolean,
): Generator<ImportRecord> {
  if (Array.isArray(value)) {
    yield { kind: 'input', source, format };
    for (let index = 0; index < value.length; index++) {
      yield itemRecord('projects', value[index], source, `[${index}]`, trusted);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) {
    yield { kind: 'input', source, format };
    yield {
      kind: 'finding',
      finding: {
        finding: reportFinding('JSON_NOT_DATASET', { found: kindOf(value) }),
        origin: { source },
      },
    };
    return;
  }
  const envelope = datasetSchema.safeParse(value);
  const dataset = value as Readonly<Record<string, unknown>>;
  const described = envelope.success ? envelope.data.source : undefined;
  yield {
    kind: 'input',
    source,
    format,
    ...(described?.title === undefined ? {} : { title: described.title }),
    ...(described?.url === undefined ? {} : { url: described.url }),
  };
  if (!envelope.success && trusted) {
    for (const { path, finding } of schemaFindings(envelope.error)) {
      yield { kind: 'finding', finding: { finding, origin: origin(source, pathText('', path)) } };
    }
  }
  for (const list of LISTS) {
    const items = Object.hasOwn(dataset, list) ? dataset[list] : undefined;
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      yield itemRecord(list, items[index], source, `${list}[${index}]`, trusted);
    }
  }
}
