import { invalidArgument } from './invalidArgument';

/** @internal Checks that an argument is an array of strings: `INVALID_ARGUMENT` naming the first item that is not. */
export function checkStrings(value: unknown, fn: string, parameter: string): readonly string[] {
  if (!Array.isArray(value)) {
    return invalidArgument('INVALID_ARGUMENT', fn, parameter, value, 'an array of strings');
  }
  for (let index = 0; index < value.length; index++) {
    if (typeof value[index] !== 'string') {
      invalidArgument('INVALID_ARGUMENT', fn, `${parameter}[${index}]`, value[index], 'a string');
    }
  }
  return value;
}
