const ARRAY = 0;
const OBJECT = 1;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The end of the string starting at `i` (a `"`), or `-1 - offset` of its first bad character. */
function scanString(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -1 - j;
    if (c === 0x5c) {
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++)
          if (!isHex(text.charCodeAt(j + k))) return -1 - Math.min(j + k, n);
        j += 6;
        continue;
      }
      if (j + 1 >= n || !'"\\/bfnrt'.includes(text.charAt(j + 1))) return -1 - Math.min(j + 1, n);
      j += 2;
      continue;
    }
    j += 1;
  }
  return -1 - n;
}

/** The end of the number starting at `i`, or `-1 - offset` of its first bad character. */
function scanNumber(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === 0x2d) j += 1;
  if (text.charCodeAt(j) === 0x30) j += 1;
  else if (isDigit(text.charCodeAt(j))) while (isDigit(text.charCodeAt(j))) j += 1;
  else return -1 - j;
  if (text.charCodeAt(j) === 0x2e) {
    j += 1;
    if (!isDigit(text.charCodeAt(j))) return -1 - j;
    while (isDigit(text.charCodeAt(j))) j += 1;
  }
  const e = text.charCodeAt(j);
  if (e === 0x65 || e === 0x45) {
    j += 1;
    const sign = text.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j += 1;
    if (!isDigit(text.charCodeAt(j))) return -1 - j;
    while (isDigit(text.charCodeAt(j))) j += 1;
  }
  return j;
}

/**
 * @internal The offset of the first character at which `text` stops being JSON (its length when the text
 * ends too soon), or `undefined` when it is JSON. Iterative, with an explicit stack, so that deep nesting
 * cannot overflow the call stack; linear in the length of the text. Used only after `JSON.parse` failed,
 * because the engines' messages do not all give a position.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  const stack: number[] = [];
  let state: 'value' | 'firstValue' | 'after' | 'key' | 'firstKey' | 'colon' = 'value';
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    if (state === 'after') {
      if (stack.length === 0) return i < n ? i : undefined;
      if (i >= n) return n;
      const c = text.charCodeAt(i);
      const top = stack[stack.length - 1];
      if (c === 0x2c) {
        state = top === OBJECT ? 'key' : 'value';
        i += 1;
      } else if ((c === 0x5d && top === ARRAY) || (c === 0x7d && top === OBJECT)) {
        stack.pop();
        i += 1;
      } else return i;
      continue;
    }
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === 0x7d) {
        stack.pop();
        i += 1;
        state = 'after';
        continue;
      }
      if (c !== 0x22) return i;
      const end = scanString(text, i);
      if (end < 0) return -1 - end;
      i = end;
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (c !== 0x3a) return i;
      i += 1;
      state = 'value';
      continue;
    }
    // A value.
    if (state === 'firstValue' && c === 0x5d) {
      stack.pop();
      i += 1;
      state = 'after';
      continue;
    }
    if (c === 0x7b) {
      stack.push(OBJECT);
      i += 1;
      state = 'firstKey';
      continue;
    }
    if (c === 0x5b) {
      stack.push(ARRAY);
      i += 1;
      state = 'firstValue';
      continue;
    }
    let end: number;
    if (c === 0x22) end = scanString(text, i);
    else if (c === 0x2d || isDigit(c)) end = scanNumber(text, i);
    else {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
      if (word === undefined) return i;
      // The first character that is not the word's (or the end of the text).
      for (let k = 1; k < word.length; k++) {
        if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return Math.min(i + k, n);
      }
      end = i + word.length;
    }
    if (end < 0) return -1 - end;
    i = end;
    state = 'after';
  }
}
