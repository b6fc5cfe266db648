/**
 * The error class a package throws: `KhuyenCongError` from `@khuyencong/domain`, passed in because this
 * package sits below domain (domain inlines it too) and cannot import it.
 *
 * @typeParam Code - the error codes of the package.
 * @typeParam E - the error it builds.
 */
export type CodedErrorClass<Code extends string, E extends Error> = new (
  code: Code,
  message: string,
  options: { readonly details: Readonly<Record<string, unknown>>; readonly cause?: unknown },
) => E;

/**
 * Builds a package's coded error: `code`, the message prefixed with `[@khuyencong/<package>] `, the details
 * and, when given, the cause.
 *
 * @typeParam Code - the error codes of the package.
 * @typeParam E - the error it builds.
 */
export type PackageError<Code extends string, E extends Error> = (
  code: Code,
  message: string,
  details: Readonly<Record<string, unknown>>,
  cause?: unknown,
) => E;

/**
 * The error builder of one package, for code that builds an error and throws it later (or elsewhere);
 * {@link createFail} is the same builder that throws at once.
 *
 * @param packageName - the package's name without the scope, e.g. `'calc'`.
 * @param ErrorClass - `KhuyenCongError`.
 * @returns `(code, message, details, cause?) => error`, the message prefixed with `[@khuyencong/calc] `.
 */
export function createPackageError<Code extends string, E extends Error>(
  packageName: string,
  ErrorClass: CodedErrorClass<Code, E>,
): PackageError<Code, E> {
  const prefix = `[@khuyencong/${packageName}] `;
  return (code, message, details, cause) =>
    new ErrorClass(code, prefix + message, cause === undefined ? { details } : { details, cause });
}
