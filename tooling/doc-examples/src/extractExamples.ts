/** One `@example` code block found in a TSDoc comment. */
export interface DocExample {
  /** The file it was found in, relative to the scanned folder. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The code lines, without the comment's leading `*`. */
  readonly code: string;
}

const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;
const FENCE = /^```(?:ts|typescript)?\s*$/;

/**
 * Finds every fenced code block that follows an `@example` tag in the TSDoc comments of a source text.
 */
export function extractExamples(file: string, source: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const match of source.matchAll(DOC_COMMENT)) {
    const startLine = source.slice(0, match.index).split('\n').length;
    const lines = match[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let inExample = false;
    let code: string[] | undefined;
    let fenceLine = 0;
    lines.forEach((line, offset) => {
      if (code !== undefined) {
        if (FENCE.test(line.trim()) && line.trim() === '```') {
          examples.push({ file, line: fenceLine, code: code.join('\n') });
          code = undefined;
          inExample = false;
        } else {
          code.push(line);
        }
        return;
      }
      if (/^@example\b/.test(line.trim())) inExample = true;
      else if (/^@\w/.test(line.trim())) inExample = false;
      else if (inExample && FENCE.test(line.trim())) {
        code = [];
        fenceLine = startLine + offset;
      }
    });
  }
  return examples;
}
