import { SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { certificateSchema, projectSchema } from '../schemas/modelSchemas';
import { enErrorMap } from './enErrorMap';

const project = SEED_DATASET.projects[1];
const messages = (schema: typeof projectSchema | typeof certificateSchema, value: unknown) =>
  schema.safeParse(value, { error: enErrorMap() }).error?.issues.map((issue) => issue.message) ??
  [];

describe('enErrorMap', () => {
  it('words this package’s amount issues in English, by reason', () => {
    expect(messages(projectSchema, { ...project, totalCost: 899000000.5 })).toEqual([
      'An amount must be whole đồng, with no fraction of a đồng',
    ]);
    expect(messages(projectSchema, { ...project, totalCost: '8.99e8' })).toEqual([
      'An amount must not use exponent notation (like 1e6)',
    ]);
    expect(messages(projectSchema, { ...project, totalCost: '-1' })).toEqual([
      'An amount must not be negative',
    ]);
  });

  it('words certificate shapes', () => {
    const ocop = { kind: 'ocop', productName: 'x', holder: 'y', issuedOn: '2024-02-28' };
    expect(messages(certificateSchema, ocop)).toEqual([
      'An OCOP certificate needs its stars; a typical rural industrial product certificate has none',
    ]);
    expect(messages(certificateSchema, { ...ocop, stars: 4, revokedOn: '2024-01-01' })).toEqual([
      'The revocation date must not be before the issue date',
    ]);
  });

  it('leaves zod’s own issues to zod’s English, a missing value and a NaN named in words', () => {
    const { title: _title, ...untitled } = project ?? { title: '' };
    expect(messages(projectSchema, untitled)).toEqual([
      'Invalid input: expected string, received no value',
    ]);
    expect(messages(projectSchema, { ...project, year: Number.NaN })).toEqual([
      'Invalid input: expected number, received not-a-number',
    ]);
    expect(messages(projectSchema, { ...project, year: '2024' })).toEqual([
      'Invalid input: expected number, received string',
    ]);
  });
});
