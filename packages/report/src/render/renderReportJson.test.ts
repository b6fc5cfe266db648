import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { createReportBuilder } from '../build/createReportBuilder';
import { renderReportJson } from './renderReportJson';
import { renderReportJsonChunks } from './renderReportJsonChunks';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const RAW = /[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = '\u001b[31m\u009b2J\u007f\u202e\u2066';

describe('renderReportJson: characters a terminal obeys in the data', () => {
  it('writes them as \\u escapes, in one text and in chunks; the JSON parses back to the data', () => {
    const builder = createReportBuilder({ asOf: '2024-10-01' });
    const [project] = SEED_DATASET.projects;
    const id = `DA-01${CONTROLS}`;
    builder.add({
      kind: 'project',
      project: { ...(project as NonNullable<typeof project>), id },
      origin: { source: `de-an${CONTROLS}.csv`, line: 2 },
    });
    const result = builder.build();
    const text = renderReportJson(result, { lang: 'en' });
    expect(RAW.test(text.replaceAll('\n', ''))).toBe(false);
    expect(text).toContain('DA-01\\u001b[31m\\u009b2J\\u007f\\u202e\\u2066');
    const json = JSON.parse(text);
    expect(json.report.inputs[0].source).toBe(`de-an${CONTROLS}.csv`);
    expect([...renderReportJsonChunks(result, { lang: 'en' })].join('')).toBe(text);
  });
});
