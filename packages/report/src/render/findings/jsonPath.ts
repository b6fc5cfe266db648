/**
 * @internal A JSON path from an item's path in its input (`projects[1]`) and a path inside the item
 * (`['location', 'unitKind']`, `['parts', 0]`): `projects[1].location.unitKind`, `parts[0]`.
 */
export function jsonPath(
  base: string | undefined,
  inside: readonly (string | number)[] | undefined,
): string | undefined {
  let path = base ?? '';
  for (const key of inside ?? []) {
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path === '' ? undefined : path;
}
