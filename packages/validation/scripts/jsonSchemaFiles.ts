import { toJsonSchemas } from '../src/index';

/** The committed JSON Schema files: `schemas/<model>.schema.json` → its text. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(toJsonSchemas()).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
}
