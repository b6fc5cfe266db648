/** The longest cell text a finding carries. */
const MAX = 200;

/** @internal A cell as a finding's `value` carries it: trimmed, at most 200 characters (cut with "…"). */
export function cellValue(cell: string): string {
  const value = cell.trim();
  return value.length <= MAX ? value : `${value.slice(0, MAX - 1)}…`;
}
