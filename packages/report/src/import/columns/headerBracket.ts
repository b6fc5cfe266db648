const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function closes(c: number): boolean {
  return c === CLOSE_PAREN || c === CLOSE_BRACKET;
}

/**
 * @internal A header that ends with a part in brackets, "Tổng kinh phí (triệu đồng)" or "Năm [kế hoạch]":
 * the name before it (trimmed at its end) and the text inside it; `undefined` when the header does not end
 * with `)` or `]` (white space after it aside) or no `(` or `[` opens that part. The part opens at the first
 * `(` or `[` after the last `)` or `]` before its end, as the pattern `^(.*?)\s*[([]([^)\]]*)[)\]]\s*$` reads
 * it, in one pass (that pattern backtracks in quadratic time: 11 s on 100,000 `(`). Unlike it, the name may
 * hold a line break (a header wrapped in its Excel cell).
 */
export function headerBracket(header: string): { name: string; inside: string } | undefined {
  const text = header.trimEnd();
  const last = text.length - 1;
  if (last < 1 || !closes(text.charCodeAt(last))) return undefined;
  let after = last - 1;
  while (after >= 0 && !closes(text.charCodeAt(after))) after -= 1;
  for (let open = after + 1; open < last; open += 1) {
    const c = text.charCodeAt(open);
    if (c === OPEN_PAREN || c === OPEN_BRACKET) {
      return { name: text.slice(0, open).trimEnd(), inside: text.slice(open + 1, last) };
    }
  }
  return undefined;
}
