/** Adds one unit in the last place to a string of digits ("199" → "200", "99" → "100"). */
export function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index -= 1;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  const bumped = String.fromCharCode(digits.charCodeAt(index) + 1);
  return digits.slice(0, index) + bumped + '0'.repeat(digits.length - index - 1);
}
