// projectSchema.safeParse on 200,000 rows (valid, and rejected with their issues read), against the same
// schema on zod's interpreter (a clone that never compiles) in the same run. Run: pnpm run bench.
import { availableParallelism } from 'node:os';
import { type Project, SEED_DATASET } from '@khuyencong/domain';
import * as z from 'zod/mini';
import { projectSchema } from '../src/index';

const ROWS = 200_000;
const ROUNDS = 3;
const seeds = SEED_DATASET.projects as readonly Project[];
const interpreted = z.clone(projectSchema);

const valid: Project[] = Array.from({ length: ROWS }, (_, index) => {
  const seed = seeds[index % seeds.length] as Project;
  return { ...seed, id: `${seed.id}-${index}`, totalCost: `${500_000_000 + index}` };
});
// Three mistakes a spreadsheet makes: a grouped amount, a date that does not exist, an empty name.
const invalid = valid.slice(0, ROWS / 10).map((project) => ({
  ...project,
  totalCost: '1.000.000',
  location: { ...project.location, asOf: '2023-02-29' },
  beneficiaries: [{ name: '', kind: 'artisan' }],
}));

function best(rows: readonly unknown[], schema: z.ZodMiniType<Project>): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    let issues = 0;
    const start = process.hrtime.bigint();
    for (const row of rows) {
      const result = schema.safeParse(row);
      if (!result.success) issues += result.error.issues.length;
    }
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
    if (issues !== (rows === valid ? 0 : rows.length * 3))
      throw new Error(`unexpected ${issues} issues`);
  }
  return fastest;
}

const row = (name: string, count: number, ms: number) =>
  `| ${name} | ${((ms * 1000) / count).toFixed(2)} µs | ${Math.round((count / ms) * 1000).toLocaleString('en')} |`;
const validCompiled = best(valid, projectSchema);
const validInterpreted = best(valid, interpreted);
const invalidCompiled = best(invalid, projectSchema);
const invalidInterpreted = best(invalid, interpreted);
process.stdout.write(
  [
    `Node ${process.version}, ${availableParallelism()} cores, ${ROWS.toLocaleString('en')} valid and ${invalid.length.toLocaleString('en')} rejected projects, best of ${ROUNDS}`,
    '',
    '| run | per project | projects/s |',
    '|---|---|---|',
    row('valid, projectSchema (compiled when hot)', ROWS, validCompiled),
    row('valid, interpreted (z.clone, never compiled)', ROWS, validInterpreted),
    row('rejected + issues, projectSchema', invalid.length, invalidCompiled),
    row('rejected + issues, interpreted', invalid.length, invalidInterpreted),
    '',
    `valid: ${(validInterpreted / validCompiled).toFixed(2)}× faster compiled; rejected: ${(invalidCompiled / invalidInterpreted).toFixed(2)}× the interpreter's time`,
    '',
  ].join('\n'),
);
