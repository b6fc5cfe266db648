// Escape sequences and bidi overrides in data reach no terminal raw: text output removes them, JSON output
// writes them as \u escapes (the same JSON value).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './inProcess';
import { machineryRules } from './machineryRules';
import { projectsCsv } from './projectsCsv';

const CONTROLS_IN_DATA = '\u001b[31m\u009b2J\u007f\u202e\u2066';
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const RAW = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** A sheet whose đề án id and province cell carry escape sequences and bidi overrides. */
function sheet(): string {
  const file = join(scratch('controls'), 'de-an.csv');
  writeFileSync(
    file,
    projectsCsv(1)
      .replace('DA-0,', `"DA-0${CONTROLS_IN_DATA}",`)
      .replace(',local,', `,local${CONTROLS_IN_DATA},`),
  );
  return file;
}

/** A rule-set file whose resolution's number and title, rule-set id and name carry them. */
function rules(): string {
  return machineryRules({
    number: `99/2025/NQ-HĐND${CONTROLS_IN_DATA}`,
    title: `Nghị quyết${CONTROLS_IN_DATA} về máy móc`,
    id: `vi-du${CONTROLS_IN_DATA}`,
    name: `Mức hỗ trợ${CONTROLS_IN_DATA}`,
  });
}

const SUPPORT = [
  'support',
  '--activity',
  'machinery',
  '--cost',
  '1 tỷ',
  '--fund',
  'local',
  '--province',
  'Đắk Lắk',
  '--date',
  '2025-08-01',
];

describe('controls in data: JSON output escapes them, text output removes them', () => {
  it('report --format json: the id is the data, its controls written as \\u escapes', async () => {
    const run = await cli(['report', sheet(), '--format', 'json', '--skip-invalid']);
    expect(run.code).toBe(0);
    expect(RAW.test(run.stdout)).toBe(false);
    expect(run.stdout).toContain('DA-0\\u001b[31m\\u009b2J\\u007f\\u202e\\u2066');
    const json = JSON.parse(run.stdout) as { findings: { projectId?: string }[] };
    expect(json.findings.some((finding) => finding.projectId === `DA-0${CONTROLS_IN_DATA}`)).toBe(
      true,
    );
  });

  it('check --format json: the same; check as a table removes them', async () => {
    const run = await cli(['check', sheet(), '--format', 'json']);
    expect(RAW.test(run.stdout)).toBe(false);
    const json = JSON.parse(run.stdout) as { findings: { projectId?: string; value?: string }[] };
    expect(json.findings.some((finding) => finding.projectId === `DA-0${CONTROLS_IN_DATA}`)).toBe(
      true,
    );
    const table = await cli(['check', sheet()]);
    expect(RAW.test(table.stdout)).toBe(false);
    // The sequences removed whole (`ESC[31m`, the 8-bit CSI `\u009b2J`), the other controls alone.
    expect(table.stdout).toMatch(/DA-0[^-\w]/);
  });

  it('support: the rule set and the citation of a --rules file, in text and in JSON', async () => {
    const file = rules();
    const text = await cli([...SUPPORT, '--rules', file]);
    expect(text.code).toBe(0);
    expect(RAW.test(text.stdout)).toBe(false);
    expect(text.stdout).toMatch(/vi-du[^-\w]/);
    expect(text.stdout).toContain('99/2025/NQ-HĐND');
    const json = await cli([...SUPPORT, '--rules', file, '--format', 'json']);
    expect(RAW.test(json.stdout)).toBe(false);
    expect(JSON.parse(json.stdout).ruleSetId).toBe(`vi-du${CONTROLS_IN_DATA}`);
  });

  it('parse and words: an amount with controls is refused, the message without them', async () => {
    for (const argv of [
      ['parse', `hơn 9 tỷ${CONTROLS_IN_DATA} đồng`],
      ['parse', `9${CONTROLS_IN_DATA}`, '--format', 'json'],
      ['words', `73500000000${CONTROLS_IN_DATA}`],
    ]) {
      const run = await cli(argv);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(RAW.test(run.stderr)).toBe(false);
      expect(run.stderr).toMatch(/^khuyencong: lỗi: Không đọc được số tiền: /);
    }
  });
});
