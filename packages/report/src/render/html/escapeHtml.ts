import { terminalText } from '@khuyencong/internal';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * @internal Escapes text for HTML and SVG content and attribute values, without the controls a page has no
 * use for and a terminal would obey (`terminalText`: escape sequences, C0 but tab and line feed, DEL, C1, the
 * bidirectional overrides and isolates that could make an id read as another): the page is also printed to
 * standard output.
 */
export function escapeHtml(value: string): string {
  return terminalText(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
