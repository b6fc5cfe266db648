/**
 * The value of the last `--lang` option of a command line as typed (`--lang en`, `--lang=en`), read before
 * the command is parsed so that even a usage error is written in the language asked for.
 */
export function requestedLanguage(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--lang') value = argv[index + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}
