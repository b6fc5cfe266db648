/** A word's value in a table, or `undefined` (own keys only, so "constructor" is not a number). */
export function wordValue(
  table: Readonly<Record<string, number>>,
  word: string | undefined,
): number | undefined {
  return word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;
}

/**
 * Builds a word table from "word=value" pairs (whole string literals, so that bundlers can drop unused tables).
 */
function wordTable(pairs: string): Readonly<Record<string, number>> {
  const table: Record<string, number> = {};
  for (const pair of pairs.split(' ')) {
    const [word = '', value = ''] = pair.split('=');
    table[word] = Number(value);
  }
  return table;
}

/** The digits read alone. */
export const DIGIT_VALUES: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable(
  'không=0 một=1 hai=2 ba=3 bốn=4 năm=5 sáu=6 bảy=7 bẩy=7 tám=8 chín=9',
);

/** Units after "mười" (11-19): "mười một", "mười bốn" (or "mười tư"), "mười lăm"; never "mười năm". */
export const UNITS_AFTER_TEN: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable(
  'một=1 hai=2 ba=3 bốn=4 tư=4 sáu=6 bảy=7 bẩy=7 tám=8 chín=9 lăm=5',
);

/** Units after "mươi" (2x-9x): "mốt" (or "một"), "tư" or "bốn", "lăm" (or "nhăm", "năm"). */
export const UNITS_AFTER_TENS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable(
  'một=1 hai=2 ba=3 bốn=4 tư=4 sáu=6 bảy=7 bẩy=7 tám=8 chín=9 mốt=1 lăm=5 nhăm=5 năm=5',
);

/** Units after "lẻ"/"linh" (x0y): 1-9, with "năm" for 5 (and "tư" for 4). */
export const UNITS_AFTER_ZERO_TENS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable(
  'một=1 hai=2 ba=3 bốn=4 tư=4 sáu=6 bảy=7 bẩy=7 tám=8 chín=9 năm=5',
);
