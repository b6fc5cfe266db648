/**
 * Characters that a terminal does not print but obeys, and that data must never send to it: C0 controls but
 * line feed and tab (CR too, which rewinds the line), DEL, C1 controls, and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder how the rest of a line is shown
 * ("Trojan Source", CVE-2021-42574) so that an id or a file name could read as another.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/**
 * What is removed, in this order at each place: a control string (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM
 * `ESC ^`, APC `ESC _`, or their C1 forms) up to its terminator (BEL, `ESC \` or ST) when it has one and its
 * text has no control character; a CSI sequence (`ESC [` or U+009B, parameters, intermediates, final
 * byte: `ESC[31m`, `ESC[2J`); any other escape sequence (`ESC c`, `ESC ( B`); then each control left, alone.
 * Each alternative is a run of disjoint classes, so the pattern is linear in the length of the text.
 */
const SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\0-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c)|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\x1b[\x20-\x2f]*[\x30-\x7e]|[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` safe to print on a terminal: escape sequences (colours `ESC[31m`, a window title
 * `ESC]0;…BEL`, a screen reset `ESC c`) are removed whole, then every other control character that data
 * could carry (C0 but line feed and tab, DEL, C1, the bidirectional overrides and isolates). They are
 * removed, not shown as escapes: none has a place in a report, a file name or a message, and what is left is
 * the text a reader would have seen on a terminal that ignored them. Line feed and tab stay; so do the
 * marks U+200E and U+200F, which do not override anything. Linear in the length of `text`; `text` itself
 * when it holds none.
 *
 * @param text - any string.
 * @returns `text` without terminal controls.
 */
export function terminalText(text: string): string {
  return CONTROL.test(text) ? text.replace(SEQUENCE, '') : text;
}
