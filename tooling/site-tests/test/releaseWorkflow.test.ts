// The release workflow: the job that runs the whole dev toolchain holds no write right; the job that
// publishes runs only after it, from the commit it tested, and alone holds `id-token: write`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}
interface Job {
  readonly needs?: string | readonly string[];
  readonly permissions?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly permissions: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, Job>>;
}

const workflow = parse(
  readFileSync(new URL('../../../.github/workflows/release.yml', import.meta.url), 'utf8'),
) as Workflow;
const { test, publish } = workflow.jobs;
const checkout = (job: Job | undefined): Step | undefined =>
  job?.steps.find((step) => step.uses?.startsWith('actions/checkout@') === true);

describe('the release workflow', () => {
  it('has two jobs, test and publish; the workflow default is read-only', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['test', 'publish']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('test: contents read only, installs and runs test:all (through .ci/run), publishes nothing', () => {
    expect(test?.permissions).toEqual({ contents: 'read' });
    const runs = test?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(runs).toContain('bash .ci/run');
    expect(readFileSync(new URL('../../../.ci/run', import.meta.url), 'utf8')).toContain(
      'npx -y pnpm@12.4.2 install && npx -y pnpm@12.4.2 run test:all',
    );
    expect(JSON.stringify(test)).not.toMatch(/changesets\/action|publish|NPM_CONFIG|secrets\./);
  });

  it('publish: needs test, checks out the tested commit, builds, publishes; alone with id-token: write', () => {
    expect(publish?.needs).toBe('test');
    const sha = ['$', '{{ github.sha }}'].join('');
    expect(checkout(publish)?.with?.['ref']).toBe(sha);
    expect(checkout(test)?.with?.['ref']).toBe(sha);
    expect(checkout(publish)?.with?.['persist-credentials']).toBe(false);
    const runs = publish?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(runs).toContain('run build');
    expect(runs).not.toContain('test:all');
    const release = publish?.steps.find((step) => step.uses?.startsWith('changesets/action@'));
    expect(release?.with?.['publish-script']).toBe('npx -y pnpm@12.4.2 run release');
    expect(publish?.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
    const withIdToken = Object.entries(workflow.jobs)
      .filter(([, job]) => job.permissions?.['id-token'] === 'write')
      .map(([name]) => name);
    expect(withIdToken).toEqual(['publish']);
  });
});
