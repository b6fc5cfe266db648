import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';
import { lineAndColumn } from './lineAndColumn';

/** Text that is often JSON, sometimes nearly: JSON with one character changed, dropped or added. */
const nearlyJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', '-', '.', 'e'),
    fc.constantFrom('replace', 'insert', 'delete', 'keep'),
  )
  .map(([json, at, char, edit]) => {
    const i = json.length === 0 ? 0 : at % json.length;
    if (edit === 'replace') return json.slice(0, i) + char + json.slice(i + 1);
    if (edit === 'insert') return json.slice(0, i) + char + json.slice(i);
    if (edit === 'delete') return json.slice(0, i) + json.slice(i + 1);
    return json;
  });

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is JSON, and on where it stops being JSON when the engine says', () => {
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let position: number | undefined;
        let valid = true;
        try {
          JSON.parse(text);
        } catch (error) {
          valid = false;
          const message = (error as Error).message;
          const at = /at position (\d+)/.exec(message)?.[1];
          position =
            at !== undefined
              ? Number(at)
              : /end of JSON input/.test(message)
                ? text.length
                : undefined;
        }
        const offset = jsonErrorOffset(text);
        if (valid) expect(offset).toBeUndefined();
        else if (position === undefined) expect(offset).toBeTypeOf('number');
        else expect(offset, text).toBe(position);
      }),
      { numRuns: 3_000 },
    );
  });

  it('survives deep nesting without recursion', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
    expect(jsonErrorOffset(`${'['.repeat(200_000)}}`)).toBe(200_000);
  });

  it('gives lines and columns from 1, CRLF counted once', () => {
    expect(lineAndColumn('ab\r\ncd\ref\ngh', 11)).toEqual({ line: 4, column: 2 });
    expect(lineAndColumn('x', 0)).toEqual({ line: 1, column: 1 });
  });
});
