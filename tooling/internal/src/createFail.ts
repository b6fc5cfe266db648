import { type CodedErrorClass, createPackageError } from './createPackageError';

/**
 * Throws a package's coded error: `code`, the message prefixed with `[@khuyencong/<package>] `, the details
 * and, when given, the cause. Declare each package's binding with this type (`const fail: Fail<Code> = …`)
 * so that TypeScript knows the code after a call is unreachable (spelled out: as `PackageError<Code, never>`
 * the return type would not be written `never`, and TypeScript would not see it).
 *
 * @typeParam Code - the error codes of the package.
 */
export type Fail<Code extends string> = (
  code: Code,
  message: string,
  details: Readonly<Record<string, unknown>>,
  cause?: unknown,
) => never;

/**
 * The `fail` of one package: `fail(code, message, details, cause?)` throws the coded error.
 *
 * @param packageName - the package's name without the scope, e.g. `'validation'`.
 * @param ErrorClass - `KhuyenCongError`.
 * @returns the throwing function.
 */
export function createFail<Code extends string>(
  packageName: string,
  ErrorClass: CodedErrorClass<Code, Error>,
): Fail<Code> {
  const build = createPackageError(packageName, ErrorClass);
  return (code, message, details, cause) => {
    throw build(code, message, details, cause);
  };
}
