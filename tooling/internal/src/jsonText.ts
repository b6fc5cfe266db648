/**
 * What `JSON.stringify` leaves raw that a terminal obeys: DEL, the C1 controls (U+0080–U+009F; U+009B opens a
 * CSI sequence as `ESC [` does) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). It escapes the C0 controls itself.
 */
const RAW = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text safe to print on a terminal: each DEL, C1 control and bidirectional override or isolate written as
 * its `\uXXXX` escape. The JSON value is the same (`JSON.parse` reads the escape back as the character), the
 * text is what `JSON.stringify` gave otherwise; these characters only occur inside its strings, so the
 * whole text (or any piece of it) can be escaped at once. Linear in the length of `text`; `text` itself when
 * it holds none.
 *
 * @param json - the text of a JSON value, as `JSON.stringify` writes it (or a piece of it).
 * @returns the same JSON with those characters escaped.
 */
export function jsonText(json: string): string {
  RAW.lastIndex = 0;
  if (!RAW.test(json)) return json;
  return json.replace(RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
