/**
 * `text` cut to at most `max` UTF-16 code units, with `…` after it when anything was cut. A surrogate pair is
 * never split: the cut moves one unit back rather than leave half a character.
 *
 * @param text - any string.
 * @param max - the most code units to keep (a positive integer).
 * @returns `text` itself when it is short enough.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}
