/** @internal A path in a JSON input, as written in findings: `projects[2].funding.local`. */
export function pathText(base: string, path: readonly (string | number)[]): string {
  let text = base;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  }
  return text;
}
