/** The width the text outputs and the help are wrapped to: a terminal of 100 columns. */
const TEXT_WIDTH = 100;

/** Stands for a space that must not be broken, while the text is wrapped (a character of private use). */
const KEPT_SPACE = '\uE000';

const TABLE_RULE = /^[─ ]+$/;

/**
 * Where the continuation lines of a long line start: under its bullet's text, under its second column (an
 * option's help, the value of `Căn cứ:   …`), two spaces further in than an indented line, at the margin for a
 * line at the margin.
 */
function continuationIndent(line: string): string {
  const bullet = /^(\s*)- /.exec(line);
  if (bullet !== null) return ' '.repeat((bullet[1]?.length ?? 0) + 2);
  const columns = /^(?:\s+\S.*?|[^\s:]+(?: [^\s:]+)*:)\s{2,}(?=\S)/.exec(line);
  if (columns !== null) return ' '.repeat(columns[0].length);
  const lead = /^\s*/.exec(line)?.[0].length ?? 0;
  return ' '.repeat(lead === 0 ? 0 : lead + 2);
}

/**
 * The words of a line, as the pieces it may be broken between: a bracketed option (`[--lang vi|en]`) and a
 * name with a dash (`miền Trung - Tây Nguyên`) are not broken.
 */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  let open = false;
  for (const word of text.split(' ')) {
    const last = pieces.length - 1;
    const glued = open || word === '-' || pieces[last]?.endsWith(' -') === true;
    if (glued && last >= 0) pieces[last] = `${pieces[last]} ${word}`;
    else pieces.push(word);
    if (word.startsWith('[')) open = !word.endsWith(']');
    else if (open && word.endsWith(']')) open = false;
  }
  return pieces;
}

function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = continuationIndent(line);
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  const words = piecesOf(line.slice(lead.length));
  const lines: string[] = [];
  let current = lead;
  for (const word of words) {
    const start = lines.length === 0 ? lead : indent;
    if (current.length > start.length && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else current = current.length > start.length ? `${current} ${word}` : current + word;
  }
  lines.push(current);
  return lines;
}

/**
 * Text for a terminal: every line of prose longer than `width` columns broken between words, its continuation
 * lines indented under its text (a word longer than the width, such as an address, stays whole). Tables (a
 * block of lines with a `───` rule) are left as they are: their columns must stay aligned. The texts of
 * `keep` (commands to copy, such as `khuyencong check de-an.csv --code CELL_NOT_AMOUNT --format json`) are
 * never broken.
 */
export function wrapProse(
  text: string,
  keep: readonly string[] = [],
  width: number = TEXT_WIDTH,
): string {
  const kept = keep.reduce(
    (result, part) => result.replaceAll(part, part.replaceAll(' ', KEPT_SPACE)),
    text,
  );
  return kept
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.some((line) => TABLE_RULE.test(line) && line.includes('─'))) return block;
      return lines.flatMap((line) => wrapLine(line, width)).join('\n');
    })
    .join('\n\n')
    .replaceAll(KEPT_SPACE, ' ');
}
