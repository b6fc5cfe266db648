import { createReadStream } from 'node:fs';
import { projectSchema } from '@khuyencong/validation';
import { describe, expect, it } from 'vitest';
import { readCsvInput } from './readCsvInput';

async function projectsOf(file: string) {
  const records = [];
  for await (const record of readCsvInput(createReadStream(file), file)) {
    if (record.kind === 'project') records.push(record);
  }
  return records;
}

describe('rowToProject', () => {
  // The checks call validation with `prevalidated: true`: what the CSV reader builds must match the schema.
  it('builds projects that pass projectSchema', async () => {
    for (const file of ['test/fixtures/de-an-bom-semicolon.csv', 'test/fixtures/eligibility.csv']) {
      for (const { project } of await projectsOf(file)) {
        expect(projectSchema.safeParse(project).error, `${file} ${project.id}`).toBeUndefined();
      }
    }
  });

  it('reads the site columns: unit kind, city grade, craft village, priority areas', async () => {
    const [el01, el02, , el04, el05] = await projectsOf('test/fixtures/eligibility.csv');
    expect(el01?.site).toEqual({ priorityAreas: ['ethnic-minority-area', 'island'] });
    expect(el02?.project.location).toMatchObject({
      commune: 'Phường Hoàn Kiếm',
      communeKind: 'ward',
    });
    expect(el04?.site).toEqual({ cityGrade: '1' });
    expect(el05?.project.location.craftVillage).toBe('Làng nghề nón lá Tây Hồ');
  });
});
