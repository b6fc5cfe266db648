// Writes packages/validation/schemas/*.schema.json from toJsonSchemas(). Run: pnpm run json-schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './jsonSchemaFiles';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(`${dir}${file}`, text);
  process.stdout.write(`wrote schemas/${file}\n`);
}
