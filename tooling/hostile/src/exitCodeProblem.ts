import type { ExitCodeContract } from './ExitCodeContract';
import { leakIn, stringsIn } from './leakIn';

/** A terminal control: C0 but tab and line feed (a carriage return only before a line feed), DEL, C1, bidi overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** A line of a JavaScript stack trace: `    at f (file:///x.js:1:2)` or `    at file:///x.js:1:2`. */
const STACK_LINE = /^\s+at .*:\d+:\d+\)?$/m;

function codePoint(text: string, index: number): string {
  return `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with how a call of an exit-code case (see {@link ExitCodeContract}) settled, if anything: it
 * threw or rejected, it resolved to a code not allowed, or what it wrote leaks a value, a stack trace or a
 * terminal control.
 */
export function exitCodeProblem(
  outcome: { readonly value: unknown } | { readonly error: unknown },
  args: readonly unknown[],
  contract: ExitCodeContract,
  describeError: (error: unknown) => string,
): string | undefined {
  if ('error' in outcome) return `threw ${describeError(outcome.error)}`;
  const written = contract.written();
  if (typeof outcome.value !== 'number' || !contract.allowed.includes(outcome.value)) {
    const stderr = Object.values(written).join('').slice(0, 200);
    return `resolved to ${String(outcome.value)}, not one of ${contract.allowed.join(', ')}: ${JSON.stringify(stderr)}`;
  }
  for (const [stream, text] of Object.entries(written)) {
    if (STACK_LINE.test(text))
      return `${stream} holds a stack trace: ${JSON.stringify(text.slice(0, 300))}`;
    const control = CONTROL.exec(text);
    if (control !== null) {
      const around = text.slice(Math.max(0, control.index - 40), control.index + 40);
      return `${stream} holds the control ${codePoint(text, control.index)}: ${JSON.stringify(around)}`;
    }
  }
  return leakIn(written, stringsIn(args))?.replace(/^result\./, '');
}
