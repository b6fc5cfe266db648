// A small RFC 4180 reader for the tests: the rows of a CSV text (quoted cells with commas, quotes and line
// breaks), written independently of the renderer's quoting.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The blocks of a report CSV (separated by an empty line): each its `# title` and the rows under it. */
export function csvBlocks(text: string): { title: string; rows: string[][] }[] {
  const blocks: { title: string; rows: string[][] }[] = [];
  for (const row of parseCsv(text.replace(/^\uFEFF/, ''))) {
    if (row.length === 1 && row[0] === '') continue;
    const first = row[0] ?? '';
    if (row.length === 1 && first.startsWith('# '))
      blocks.push({ title: first.slice(2), rows: [] });
    else blocks.at(-1)?.rows.push(row);
  }
  return blocks;
}
