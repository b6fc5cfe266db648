import { KhuyenCongError } from '@khuyencong/domain';
import { typeName } from './typeName';

function invalid(parameter: string, value: unknown): KhuyenCongError {
  return new KhuyenCongError(
    'INVALID_ARGUMENT',
    `[@khuyencong/cli] runCli: ${parameter} must be a string, not ${typeName(value)}.`,
    { details: { parameter, value: typeName(value), expected: 'an array of strings' } },
  );
}

/**
 * The arguments `runCli` was given, as an array of strings (a copy): the process's always are, a program
 * calling `runCli` may pass anything. Not an array, or an item that is not a string (a hole, a number), is
 * `INVALID_ARGUMENT` naming it (`argv`, `argv[2]`) and its type.
 */
export function readArgv(argv: unknown): readonly string[] {
  if (!Array.isArray(argv)) throw invalid('argv', argv);
  const args: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg: unknown = argv[index];
    if (typeof arg !== 'string') throw invalid(`argv[${index}]`, arg);
    args.push(arg);
  }
  return args;
}
