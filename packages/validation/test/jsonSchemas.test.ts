import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../scripts/jsonSchemaFiles';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));

describe('committed JSON Schemas', () => {
  it('are up to date (run `pnpm run json-schemas` after changing a schema)', () => {
    const files = jsonSchemaFiles();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(`${dir}${file}`, 'utf8'), file).toBe(text);
    }
  });

  it('describe amounts as integer strings or safe integers and forbid unknown keys', () => {
    const project = JSON.parse(jsonSchemaFiles()['project.schema.json'] ?? '{}');
    expect(project.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(project.additionalProperties).toBe(false);
    expect(project.properties.totalCost.anyOf).toEqual([
      { type: 'string', pattern: '^(?:0|[1-9]\\d*)$' },
      { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    ]);
    expect(project.properties.approval.properties.date.format).toBe('date');
  });
});
