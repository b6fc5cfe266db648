// Validating 100,000 projects: schema + every funding rule (checkFunding) against the bare zod parse of the
// same schema, in the same run. Run: pnpm run bench (writes nothing; copy the table into BENCHMARKS.md).
import { availableParallelism } from 'node:os';
import { TT_28_2018 } from '@khuyencong/calc';
import { type Project, SEED_DATASET } from '@khuyencong/domain';
import { checkFunding, projectSchema } from '../src/index';

const COUNT = 100_000;
const ROUNDS = 3;
const seeds = SEED_DATASET.projects as readonly Project[];

const projects: Project[] = Array.from({ length: COUNT }, (_, index) => {
  const seed = seeds[index % seeds.length] as Project;
  const total = 500_000_000n + BigInt(index) * 1_000n;
  const support = total / 4n;
  return {
    ...seed,
    id: `${seed.id}-${index}`,
    fund: 'national',
    activity: 'machinery',
    totalCost: `${total}`,
    eligibleCost: `${total}`,
    funding: { national: `${support}`, counterpart: `${total - support}` },
    noDoubleFundingDeclared: true,
    approval: { date: '2024-03-01' },
  };
});

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) fastest = Math.min(fastest, time(run));
  return fastest;
}

let failures = 0;
const bare = best(() => {
  for (const project of projects) if (!projectSchema.safeParse(project).success) failures += 1;
});
const full = best(() => {
  for (const project of projects)
    if (!checkFunding(project, { ruleSet: TT_28_2018 }).ok) failures += 1;
});
if (failures > 0) throw new Error(`${failures} benchmark projects did not validate`);

const row = (name: string, ms: number) =>
  `| ${name} | ${ms.toFixed(0)} ms | ${((ms * 1000) / COUNT).toFixed(2)} µs |`;
process.stdout.write(
  [
    `Node ${process.version}, ${availableParallelism()} cores, ${COUNT.toLocaleString('en')} projects, best of ${ROUNDS}`,
    '',
    '| run | total | per project |',
    '|---|---|---|',
    row('bare zod parse (projectSchema.safeParse)', bare),
    row('schema + all funding rules (checkFunding)', full),
    '',
    `ratio: ${(full / bare).toFixed(2)}× (target ≤ 3×)`,
    '',
  ].join('\n'),
);
